// A thread's or coroutine's ops compiled to flat arrays. `repeat` becomes a loop marker, never
// expanded, so `repeat 10^9` costs nothing until it runs.
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

export interface Program {
  readonly code: Uint8Array
  /** cpu/io/sleep/await: ticks; repeatBegin: count. */
  readonly arg: Float64Array
  /** io/await: device index or -1; lock/unlock: lock index; repeatBegin: index of its repeatEnd; repeatEnd: its repeatBegin. */
  readonly ref: Int32Array
  /** repeatBegin whose body is only cpu ops: the body's total ticks (else -1), so bursts are measured without walking. */
  readonly cpuOnlyBody: Float64Array
  /** Total CPU ticks the program asks for. */
  readonly totalCpu: number
  /** Ops it runs, repeats expanded (sizes the trace up front). */
  readonly opCount: number
}

export interface Names {
  device(name: string): number
  lock(name: string): number
}

export function compileProgram(ops: readonly (ThreadOp | CoroutineOp)[], names: Names): Program {
  const code: number[] = []
  const arg: number[] = []
  const ref: number[] = []
  const emit = (c: OpCode, a: number, r: number): number => {
    code.push(c)
    arg.push(a)
    ref.push(r)
    return code.length - 1
  }
  const walk = (list: readonly (ThreadOp | CoroutineOp)[]): void => {
    for (const op of list) {
      if ('cpu' in op) emit(Op.cpu, op.cpu, -1)
      else if ('io' in op)
        emit(Op.io, op.io, op.device === undefined ? -1 : names.device(op.device))
      else if ('await' in op)
        emit(Op.await, op.await, op.device === undefined ? -1 : names.device(op.device))
      else if ('sleep' in op) emit(Op.sleep, op.sleep, -1)
      else if ('lock' in op) emit(Op.lock, 0, names.lock(op.lock))
      else if ('unlock' in op) emit(Op.unlock, 0, names.lock(op.unlock))
      else if ('yield' in op) emit(Op.yield, 0, -1)
      else {
        const begin = emit(Op.repeatBegin, op.repeat, -1)
        walk(op.ops)
        if (code.length === begin + 1) {
          // An empty body (even a nest of empty repeats) runs nothing: leave no loop to spin in.
          code.pop()
          arg.pop()
          ref.pop()
          continue
        }
        const end = emit(Op.repeatEnd, 0, begin)
        ref[begin] = end
      }
    }
  }
  walk(ops)
  const program = {
    code: Uint8Array.from(code),
    arg: Float64Array.from(arg),
    ref: Int32Array.from(ref),
    cpuOnlyBody: new Float64Array(code.length).fill(-1),
    totalCpu: 0,
    opCount: 0
  }
  // Innermost loops first (their ends come first), so outer bodies can reuse inner sums.
  for (let i = 0; i < code.length; i++) {
    if (code[i] !== Op.repeatEnd) continue
    const begin = ref[i]
    let sum = 0
    for (let j = begin + 1; j < i; j++) {
      const c = code[j]
      if (c === Op.cpu) sum += arg[j]
      else if (c === Op.repeatBegin && program.cpuOnlyBody[j] >= 0) {
        sum += program.cpuOnlyBody[j] * arg[j]
        j = ref[j]
      } else {
        sum = -1
        break
      }
    }
    program.cpuOnlyBody[begin] = sum
  }
  program.totalCpu = expandedSum(program, 0, code.length, (i) => (code[i] === Op.cpu ? arg[i] : 0))
  program.opCount = expandedSum(program, 0, code.length, () => 1)
  return program
}

/** Sum of `value(op)` over the ops run between `from` and `to`, repeats expanded. */
function expandedSum(p: Program, from: number, to: number, value: (i: number) => number): number {
  let sum = 0
  for (let i = from; i < to; i++) {
    if (p.code[i] === Op.repeatBegin) {
      sum += p.arg[i] * expandedSum(p, i + 1, p.ref[i], value)
      i = p.ref[i]
    } else if (p.code[i] !== Op.repeatEnd) sum += value(i)
  }
  return sum
}

/** Where a task is in its program: the next op index and the remaining counts of open loops. */
export class Cursor {
  pc = 0
  loops: number[] = []

  constructor(readonly program: Program) {}

  /** Back to the first op (a periodic thread's next job). */
  reset(): void {
    this.pc = 0
    this.loops.length = 0
  }

  /** Index of the next real op (loops resolved), or -1 at the end. */
  next(): number {
    const { code, arg, ref } = this.program
    for (;;) {
      if (this.pc >= code.length) return -1
      const i = this.pc
      const c = code[i]
      if (c === Op.repeatBegin) {
        this.loops.push(arg[i])
        this.pc = i + 1
      } else if (c === Op.repeatEnd) {
        const left = this.loops[this.loops.length - 1] - 1
        if (left > 0) {
          this.loops[this.loops.length - 1] = left
          this.pc = ref[i] + 1
        } else {
          this.loops.pop()
          this.pc = i + 1
        }
      } else {
        this.pc = i + 1
        return i
      }
    }
  }

  /** CPU ticks from here until the next op that is not cpu (the rest of the current burst), without moving. */
  burstAhead(): number {
    const { code, arg, ref, cpuOnlyBody } = this.program
    let sum = 0
    let pc = this.pc
    const loops = this.loops.slice()
    for (;;) {
      if (pc >= code.length) return sum
      const c = code[pc]
      if (c === Op.cpu) {
        sum += arg[pc]
        pc++
      } else if (c === Op.repeatBegin) {
        if (cpuOnlyBody[pc] >= 0) {
          sum += cpuOnlyBody[pc] * arg[pc]
          pc = ref[pc] + 1
        } else {
          loops.push(arg[pc])
          pc++
        }
      } else if (c === Op.repeatEnd) {
        const left = loops[loops.length - 1] - 1
        if (left > 0) {
          loops[loops.length - 1] = left
          pc = ref[pc] + 1
        } else {
          loops.pop()
          pc++
        }
      } else if (c === Op.lock || c === Op.unlock) {
        // Taking or releasing a lock does not leave the core (unless contended, which no oracle knows).
        pc++
      } else return sum
    }
  }
}
