// Weighted time as Linux computes it (kernel/sched/fair.c, __calc_delta and calc_delta_fair):
// delta × 1024 / weight without a division, as delta × (1024 × wmult) >> 32, where
// wmult = 2^32 / weight (sched_prio_to_wmult) and the factor is shifted right while it needs
// more than 32 bits. All integers, so a long run accumulates no floating-point drift; the only
// error is the kernel's own (wmult's truncation and the final shift's floor, under one unit per
// update).
//
// Units: the kernel feeds nanoseconds. Here a tick is VT_PER_TICK = 1024 units, so a nice-0
// thread's vruntime advances exactly 1024 units per tick and __calc_delta's floor loses at most
// 1/1024 tick per update.
import { NICE_0_WEIGHT } from '../nice-weights'

/** Units of virtual time per tick. */
export const VT_PER_TICK = 1024

const TWO_32 = 2 ** 32

/** The position of the highest set bit (fls): 0 for 0, 1 for 1, 32 for 2^31. */
function fls(x: number): number {
  let n = 0
  while (x >= 1) {
    x = Math.floor(x / 2)
    n++
  }
  return n
}

/** __calc_delta(delta, NICE_0_LOAD, lw) for a load of `weight` with inverse `invWeight` (2^32 / weight). */
export function calcDelta(delta: number, weight: number, invWeight: number): number {
  if (weight === NICE_0_WEIGHT) return delta
  let shift = 32
  let fact = NICE_0_WEIGHT * invWeight
  const factHi = Math.floor(fact / TWO_32)
  if (factHi > 0) {
    const fs = fls(factHi)
    shift -= fs
    fact = Math.floor(fact / 2 ** fs)
  }
  // mul_u64_u32_shr: exact in doubles while the product stays below 2^53, else in BigInt.
  const product = delta * fact
  if (product < Number.MAX_SAFE_INTEGER) return Math.floor(product / 2 ** shift)
  return Number((BigInt(delta) * BigInt(fact)) >> BigInt(shift))
}

/** The smallest whole number of ticks whose weighted time reaches `vdelta` units (at least 1). */
export function ticksFor(vdelta: number, weight: number, invWeight: number): number {
  let t = Math.max(1, Math.ceil((vdelta * weight) / (NICE_0_WEIGHT * VT_PER_TICK)))
  while (calcDelta(t * VT_PER_TICK, weight, invWeight) < vdelta) t++
  while (t > 1 && calcDelta((t - 1) * VT_PER_TICK, weight, invWeight) >= vdelta) t--
  return t
}
