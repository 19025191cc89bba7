// Threads' and coroutines' ops compiled into one shared, flat op table. `repeat` becomes a loop
// marker, never expanded, so `repeat 10^9` costs nothing until it runs. One table for the whole
// machine (not arrays per thread) because with thousands of threads the engine is bound by the
// cache lines it touches per op: an op is one 32-byte slot, and identical programs share slots.
import type { CoroutineOp, ThreadOp } from '../scenario/ops-schema'
import { Op, type OpCode } from '../program/op-codes'
import type { OpNames } from '../program/op-kind'
import { opKindByCode, opKindOf } from '../program/op-table'

export { Op, type OpCode } from '../program/op-codes'

/**
 * The fields of an op slot, at slot + field. ARG: ticks (cpu/io/sleep/await) or count
 * (repeatBegin). REF: device index or -1 (io/await), lock index (lock/unlock), the slot of its
 * repeatEnd (repeatBegin) or of its repeatBegin (repeatEnd). BODY: for a repeatBegin whose body is
 * only cpu ops, the body's total ticks (else -1), so bursts are measured without walking.
 */
export const CODE = 0
export const ARG = 1
export const REF = 2
export const BODY = 3
export const SLOT = 4

/** One program's place in the table. */
export interface Program {
  /** First slot and the slot after the last. */
  readonly start: number
  readonly end: number
  /** Deepest nesting of repeats (loop counters a cursor needs). */
  readonly depth: number
  /** Total CPU ticks the program asks for. */
  readonly totalCpu: number
  /** Ops it runs, repeats expanded (sizes the trace up front). */
  readonly opCount: number
}

/** The names an op may refer to, as indices (the op table's OpNames). */
export type Names = OpNames

export class ProgramStore {
  /** The op table: SLOT numbers per op. */
  ops = new Float64Array(64 * SLOT)
  /** Loop counters: each cursor owns `depth` of them from its base. */
  loops = new Float64Array(64)
  private used = 0
  private loopsUsed = 0
  private readonly byText = new Map<string, Program>()

  constructor(private readonly names: Names) {}

  compile(list: readonly (ThreadOp | CoroutineOp)[]): Program {
    const text = JSON.stringify(list)
    const known = this.byText.get(text)
    if (known) return known
    const start = this.used
    let depth = 0
    const walk = (ops: readonly (ThreadOp | CoroutineOp)[], level: number): void => {
      depth = Math.max(depth, level)
      for (const op of ops) {
        const kind = opKindOf(op)
        if (kind === null) throw new Error(`not an op: ${JSON.stringify(op)}`)
        if (kind.code !== Op.repeatBegin) {
          const [arg, ref, extra] = kind.compile(op, this.names)
          const at = this.emit(kind.code as OpCode, arg, ref)
          if (extra !== undefined) this.ops[at + BODY] = extra
        } else if ('repeat' in op) {
          const begin = this.emit(Op.repeatBegin, op.repeat, -1)
          walk(op.ops, level + 1)
          if (this.used === begin + SLOT) {
            // An empty body (even a nest of empty repeats) runs nothing: leave no loop to spin in.
            this.used = begin
            continue
          }
          const end = this.emit(Op.repeatEnd, 0, begin)
          this.ops[begin + REF] = end
        }
      }
    }
    walk(list, 0)
    const end = this.used
    this.measureLoops(start, end)
    const program: Program = {
      start,
      end,
      depth,
      totalCpu: this.expandedSum(start, end, (i) =>
        this.ops[i] === Op.cpu ? this.ops[i + ARG] : 0
      ),
      opCount: this.expandedSum(start, end, () => 1)
    }
    this.byText.set(text, program)
    return program
  }

  /** Reserves `n` loop counters for a cursor; returns the first one's index. */
  claimLoops(n: number): number {
    const base = this.loopsUsed
    this.loopsUsed += n
    if (this.loopsUsed > this.loops.length) {
      const next = new Float64Array(Math.max(this.loopsUsed, this.loops.length * 2))
      next.set(this.loops)
      this.loops = next
    }
    return base
  }

  private emit(code: OpCode, arg: number, ref: number): number {
    const at = this.used
    if (at + SLOT > this.ops.length) {
      const next = new Float64Array(this.ops.length * 2)
      next.set(this.ops)
      this.ops = next
    }
    this.ops[at + CODE] = code
    this.ops[at + ARG] = arg
    this.ops[at + REF] = ref
    this.ops[at + BODY] = -1
    this.used = at + SLOT
    return at
  }

  /** Fills BODY for loops whose bodies are only cpu ops; innermost first (their ends come first). */
  private measureLoops(start: number, end: number): void {
    const ops = this.ops
    for (let i = start; i < end; i += SLOT) {
      if (ops[i] !== Op.repeatEnd) continue
      const begin = ops[i + REF]
      let sum = 0
      for (let j = begin + SLOT; j < i; j += SLOT) {
        const c = ops[j]
        if (c === Op.cpu) sum += ops[j + ARG]
        else if (c === Op.repeatBegin && ops[j + BODY] >= 0) {
          sum += ops[j + BODY] * ops[j + ARG]
          j = ops[j + REF]
        } else {
          sum = -1
          break
        }
      }
      ops[begin + BODY] = sum
    }
  }

  /** Sum of `value(slot)` over the ops run between `from` and `to`, repeats expanded. */
  private expandedSum(from: number, to: number, value: (slot: number) => number): number {
    const ops = this.ops
    let sum = 0
    for (let i = from; i < to; i += SLOT) {
      if (ops[i] === Op.repeatBegin) {
        sum += ops[i + ARG] * this.expandedSum(i + SLOT, ops[i + REF], value)
        i = ops[i + REF]
      } else if (ops[i] !== Op.repeatEnd) sum += value(i)
    }
    return sum
  }
}

/**
 * A cursor: where a thread or coroutine is in its program, as four int32 fields at `at` in some
 * Int32Array (a thread's live in the task table, next to its other hot fields). PC: the next
 * op's slot; DEPTH: open loops; END: the program's end; LOOPS: its first loop counter in
 * store.loops (an open loop's remaining count is loops[LOOPS + level]).
 */
export const PC = 0
export const DEPTH = 1
export const END = 2
export const LOOPS = 3
export const CURSOR_FIELDS = 4

export function initCursor(
  cur: Int32Array,
  at: number,
  program: Program,
  store: ProgramStore
): void {
  cur[at + PC] = program.start
  cur[at + DEPTH] = 0
  cur[at + END] = program.end
  cur[at + LOOPS] = store.claimLoops(program.depth)
}

/** Back to the first op (a periodic thread's next job). */
export function resetCursor(cur: Int32Array, at: number, program: Program): void {
  cur[at + PC] = program.start
  cur[at + DEPTH] = 0
}

/** Slot of the next real op (loops resolved), or -1 at the end; moves the cursor past it. */
export function nextOp(store: ProgramStore, cur: Int32Array, at: number): number {
  const ops = store.ops
  const loops = store.loops
  const end = cur[at + END]
  for (;;) {
    const i = cur[at + PC]
    if (i >= end) return -1
    const c = ops[i]
    if (c === Op.repeatBegin) {
      loops[cur[at + LOOPS] + cur[at + DEPTH]++] = ops[i + ARG]
      cur[at + PC] = i + SLOT
    } else if (c === Op.repeatEnd) {
      const k = cur[at + LOOPS] + cur[at + DEPTH] - 1
      const left = loops[k] - 1
      if (left > 0) {
        loops[k] = left
        cur[at + PC] = ops[i + REF] + SLOT
      } else {
        cur[at + DEPTH]--
        cur[at + PC] = i + SLOT
      }
    } else {
      cur[at + PC] = i + SLOT
      return i
    }
  }
}

/** CPU ticks from the cursor until the next op that is not cpu (the rest of the current burst), without moving. */
export function burstAhead(store: ProgramStore, cur: Int32Array, at: number): number {
  const ops = store.ops
  const end = cur[at + END]
  const base = cur[at + LOOPS]
  const loops = Array.from(store.loops.subarray(base, base + cur[at + DEPTH]))
  let sum = 0
  let pc = cur[at + PC]
  for (;;) {
    if (pc >= end) return sum
    const c = ops[pc]
    if (c === Op.cpu) {
      sum += ops[pc + ARG]
      pc += SLOT
    } else if (c === Op.repeatBegin) {
      if (ops[pc + BODY] >= 0) {
        sum += ops[pc + BODY] * ops[pc + ARG]
        pc = ops[pc + REF] + SLOT
      } else {
        loops.push(ops[pc + ARG])
        pc += SLOT
      }
    } else if (c === Op.repeatEnd) {
      const left = loops[loops.length - 1] - 1
      if (left > 0) {
        loops[loops.length - 1] = left
        pc = ops[pc + REF] + SLOT
      } else {
        loops.pop()
        pc += SLOT
      }
    } else if (opKindByCode(c)?.burst === 'passes') {
      pc += SLOT
    } else return sum
  }
}
