// Threads' and coroutines' ops compiled into one shared, flat op table. `repeat` becomes a loop
// marker, never expanded, so `repeat 10^9` costs nothing until it runs. One table for the whole
// machine (not arrays per thread) because with thousands of threads the engine is bound by the
// cache lines it touches per op: an op is one 32-byte slot, and identical programs share slots.
import type { CoroutineOp, ThreadOp } from '../scenario/ops-schema'

export const Op = {
  cpu: 0,
  io: 1,
  sleep: 2,
  lock: 3,
  unlock: 4,
  yield: 5,
  await: 6,
  repeatBegin: 7,
  repeatEnd: 8
} as const
export type OpCode = (typeof Op)[keyof typeof Op]

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

export interface Names {
  device(name: string): number
  lock(name: string): number
}

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
        if ('cpu' in op) this.emit(Op.cpu, op.cpu, -1)
        else if ('io' in op) this.emit(Op.io, op.io, this.device(op.device))
        else if ('await' in op) this.emit(Op.await, op.await, this.device(op.device))
        else if ('sleep' in op) this.emit(Op.sleep, op.sleep, -1)
        else if ('lock' in op) this.emit(Op.lock, 0, this.names.lock(op.lock))
        else if ('unlock' in op) this.emit(Op.unlock, 0, this.names.lock(op.unlock))
        else if ('yield' in op) this.emit(Op.yield, 0, -1)
        else {
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

  private device(name: string | undefined): number {
    return name === undefined ? -1 : this.names.device(name)
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

/** Where a task or coroutine is in its program: the next op's slot and its open loops' counts. */
export class Cursor {
  pc: number
  /** The program's end, copied here so stepping touches no other object. */
  readonly end: number
  /** Open loops; their remaining counts are store.loops[loopBase .. loopBase + depth). */
  depth = 0
  readonly loopBase: number
  readonly store: ProgramStore
  readonly program: Program

  constructor(program: Program, store: ProgramStore) {
    this.pc = program.start
    this.end = program.end
    this.loopBase = store.claimLoops(program.depth)
    this.store = store
    this.program = program
  }

  /** Back to the first op (a periodic thread's next job). */
  reset(): void {
    this.pc = this.program.start
    this.depth = 0
  }

  /** Slot of the next real op (loops resolved), or -1 at the end. */
  next(): number {
    const ops = this.store.ops
    const loops = this.store.loops
    const end = this.end
    for (;;) {
      const i = this.pc
      if (i >= end) return -1
      const c = ops[i]
      if (c === Op.repeatBegin) {
        loops[this.loopBase + this.depth++] = ops[i + ARG]
        this.pc = i + SLOT
      } else if (c === Op.repeatEnd) {
        const k = this.loopBase + this.depth - 1
        const left = loops[k] - 1
        if (left > 0) {
          loops[k] = left
          this.pc = ops[i + REF] + SLOT
        } else {
          this.depth--
          this.pc = i + SLOT
        }
      } else {
        this.pc = i + SLOT
        return i
      }
    }
  }

  /** CPU ticks from here until the next op that is not cpu (the rest of the current burst), without moving. */
  burstAhead(): number {
    const ops = this.store.ops
    const end = this.end
    const loops = Array.from(this.store.loops.subarray(this.loopBase, this.loopBase + this.depth))
    let sum = 0
    let pc = this.pc
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
      } else if (c === Op.lock || c === Op.unlock) {
        // Taking or releasing a lock does not leave the core (unless contended, which no oracle knows).
        pc += SLOT
      } else return sum
    }
  }
}
