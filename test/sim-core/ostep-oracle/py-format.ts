/**
 * Python's `'%.2f' % x` as a number: the exact binary value of the double `x`, rounded to two
 * decimals with ties to even (CPython formats floats exactly, unlike `Math.round(x * 100) / 100`
 * or `toFixed`, which round exact ties such as 0.125 upwards).
 */
export function pyRound2(x: number): number {
  if (!Number.isFinite(x)) return x
  if (x < 0) return -pyRound2(-x)
  if (Number.isInteger(x)) return x
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const expBits = Number((bits >> 52n) & 0x7ffn)
  const frac = bits & ((1n << 52n) - 1n)
  // x = mant * 2^exp exactly
  const mant = expBits === 0 ? frac : frac | (1n << 52n)
  const exp = (expBits === 0 ? 1 : expBits) - 1075
  if (exp >= 0) return x // an integer, handled above; kept for completeness
  const den = 1n << BigInt(-exp)
  const num = mant * 100n
  let q = num / den
  const twiceRem = 2n * (num - q * den)
  if (twiceRem > den || (twiceRem === den && q % 2n === 1n)) q += 1n
  return Number(q) / 100
}
