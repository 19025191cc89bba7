import { describe, expect, it } from 'vitest'
import {
  ARG,
  CURSOR_FIELDS,
  initCursor,
  nextOp,
  Op,
  ProgramStore,
  SLOT,
  type Program
} from '../../sim-core/model/program'
import type { ThreadOp } from '../../sim-core/scenario/ops-schema'

const names = { device: (n: string) => (n === 'disk' ? 0 : -1), lock: () => 0 }

/** A cursor on `p`, at some offset in its own array (as a task's lives inside its table row). */
function cursor(p: Program, store: ProgramStore) {
  const cur = new Int32Array(CURSOR_FIELDS + 3)
  initCursor(cur, 3, p, store)
  return { store, next: () => nextOp(store, cur, 3) }
}
type Cursor = ReturnType<typeof cursor>

/** The ops a cursor runs, as "cpu 3", "io 5" strings. */
function unroll(c: Cursor): string[] {
  const out: string[] = []
  const ops = c.store.ops
  for (let i = c.next(); i >= 0; i = c.next()) {
    const code = ops[i]
    out.push(`${code === Op.cpu ? 'cpu' : code === Op.io ? 'io' : String(code)} ${ops[i + ARG]}`)
  }
  return out
}

describe('ProgramStore', () => {
  const nested: ThreadOp[] = [
    { cpu: 1 },
    { repeat: 2, ops: [{ cpu: 2 }, { repeat: 3, ops: [{ io: 5, device: 'disk' }] }] },
    { cpu: 9 }
  ]

  it('expands nested repeats in order, and counts ops and CPU as expanded', () => {
    const store = new ProgramStore(names)
    const p = store.compile(nested)
    expect(p.depth).toBe(2)
    expect(p.opCount).toBe(1 + 2 * (1 + 3) + 1)
    expect(p.totalCpu).toBe(1 + 2 * 2 + 9)
    expect(unroll(cursor(p, store))).toEqual([
      'cpu 1',
      'cpu 2',
      'io 5',
      'io 5',
      'io 5',
      'cpu 2',
      'io 5',
      'io 5',
      'io 5',
      'cpu 9'
    ])
  })

  it('shares the slots of identical programs, while each cursor keeps its own loop counts', () => {
    const store = new ProgramStore(names)
    const a = store.compile(nested)
    const b = store.compile(JSON.parse(JSON.stringify(nested)) as ThreadOp[])
    const other = store.compile([{ cpu: 4 }])
    expect(b).toBe(a)
    expect(other.start).toBe(a.end)
    const first = cursor(a, store)
    const second = cursor(b, store)
    // Interleave the two cursors: loop counters must not leak between them.
    const seen: number[] = []
    for (let k = 0; k < 4; k++) seen.push(first.next())
    const all = unroll(second)
    expect(all).toHaveLength(10)
    const rest = unroll(first)
    expect(seen.length + rest.length).toBe(10)
    expect(rest.at(-1)).toBe('cpu 9')
  })

  it('leaves no loop for an empty body, even a nest of empty repeats', () => {
    const store = new ProgramStore(names)
    const p = store.compile([{ repeat: 1e9, ops: [{ repeat: 5, ops: [] }] }, { cpu: 3 }])
    expect(p.end - p.start).toBe(SLOT)
    expect(unroll(cursor(p, store))).toEqual(['cpu 3'])
  })
})
