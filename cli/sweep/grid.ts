// The sweep's grid: policies × cores × seeds × each --set, in that order, the last dimension
// varying fastest. A cell's index is its place in that order, so rows come out in the same order
// whatever --jobs is, and --shard i/n splits the same cells the same way on every machine.
import type { PolicyName } from '../../sim-core'
import { UsageError } from '../errors'
import { intOption } from '../option-values'
import type { SetDimension, SetValue } from './set-path'

export interface SweepGrid {
  /** The scenario is a cluster: its rows have request figures, and no cores column (nodes set their own). */
  cluster?: boolean
  policies: readonly PolicyName[]
  cores: readonly number[]
  seeds: readonly number[]
  sets: readonly SetDimension[]
}

export interface Cell {
  index: number
  policy: PolicyName
  cores: number
  seed: number
  /** One value per --set, in the order the options were given. */
  values: SetValue[]
}

/** More cells than anyone means to run: a typo such as `--seeds 1-10000000` is caught early. */
export const MAX_CELLS = 1_000_000
const MAX_SEED = 2 ** 32 - 1

function dimensionSizes(g: SweepGrid): number[] {
  return [g.policies.length, g.cores.length, g.seeds.length, ...g.sets.map((s) => s.values.length)]
}

export function cellCount(g: SweepGrid): number {
  return dimensionSizes(g).reduce((a, b) => a * b, 1)
}

/** The cell at an index: mixed-radix digits, the first dimension most significant. */
export function cellAt(g: SweepGrid, index: number): Cell {
  const sizes = dimensionSizes(g)
  const digits = new Array<number>(sizes.length)
  let rest = index
  for (let d = sizes.length - 1; d >= 0; d--) {
    digits[d] = rest % sizes[d]
    rest = Math.floor(rest / sizes[d])
  }
  return {
    index,
    policy: g.policies[digits[0]],
    cores: g.cores[digits[1]],
    seed: g.seeds[digits[2]],
    values: g.sets.map((s, i) => s.values[digits[3 + i]])
  }
}

/** Checks the grid's size before anything is built from it. */
export function checkGridSize(g: SweepGrid): void {
  const n = cellCount(g)
  if (n > MAX_CELLS)
    throw new UsageError(
      `the sweep has ${n.toLocaleString('en')} cells; at most ${MAX_CELLS.toLocaleString('en')} (narrow --seeds or --set)`
    )
}

/** `--shard i/n`: this run's share of the cells is every index with index % n == i - 1. */
export interface Shard {
  index: number
  count: number
}

export function parseShard(raw: string): Shard {
  const m = /^([0-9]+)\/([0-9]+)$/.exec(raw)
  const i = m ? Number(m[1]) : NaN
  const n = m ? Number(m[2]) : NaN
  if (!(Number.isSafeInteger(n) && n >= 1 && Number.isSafeInteger(i) && i >= 1 && i <= n))
    throw new UsageError(
      `--shard: expected i/n with 1 <= i <= n, e.g. 2/8, got ${JSON.stringify(raw)}`
    )
  return { index: i, count: n }
}

export function inShard(index: number, shard: Shard | undefined): boolean {
  return shard === undefined || index % shard.count === shard.index - 1
}

/** `--cores 1,2,4`: distinct core counts from 1 to 1024. */
export function parseCoresList(raw: string): number[] {
  const out: number[] = []
  for (const part of raw.split(',')) {
    const n = intOption('cores', part.trim(), 1, 1024)
    if (out.includes(n)) throw new UsageError(`--cores: ${n} is listed twice`)
    out.push(n)
  }
  return out
}

/** `--seeds 1-20`, `--seeds 3,5,9` or both (`1-4,10`): distinct seeds in the order given. */
export function parseSeeds(raw: string): number[] {
  const parts = raw.split(',').map((p) => p.trim())
  const ranges = parts.map((part) => {
    const m = /^([0-9]+)(?:-([0-9]+))?$/.exec(part)
    const from = m ? intOption('seeds', m[1], 0, MAX_SEED) : NaN
    const to = m?.[2] !== undefined ? intOption('seeds', m[2], 0, MAX_SEED) : from
    if (!m || to < from)
      throw new UsageError(
        `--seeds: expected seeds such as 1-20 or 3,5,9 (from 0 to ${MAX_SEED}), got ${JSON.stringify(part)}`
      )
    return [from, to] as const
  })
  const total = ranges.reduce((a, [from, to]) => a + (to - from + 1), 0)
  if (total > MAX_CELLS)
    throw new UsageError(
      `--seeds: ${total.toLocaleString('en')} seeds; at most ${MAX_CELLS.toLocaleString('en')}`
    )
  const out: number[] = []
  const seen = new Set<number>()
  for (const [from, to] of ranges)
    for (let s = from; s <= to; s++) {
      if (seen.has(s)) throw new UsageError(`--seeds: ${s} is listed twice`)
      seen.add(s)
      out.push(s)
    }
  return out
}
