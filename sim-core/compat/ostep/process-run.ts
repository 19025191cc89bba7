// cpu-intro/process-run.py: processes of one-tick instructions (cpu, io + io_done) on one CPU.
// Its rules map onto general scheduler options: fcfs with ready threads picked by id round
// robin after the last one (`readyOrder`), SWITCH_ON_END as `switchOnIo: false`,
// IO_RUN_IMMEDIATE as `ioCompletionPreempts`, and its tick order (a freed CPU picks before the
// same tick's I/O completions) as `pickBeforeWakeups`.
import type { SimResult } from '../../metrics/result'
import type { ThreadOp } from '../../scenario/ops-schema'
import { BlockKind, TaskState, type TraceData } from '../../trace/trace-store'
import { intFlag, OstepUsageError, parseFlags, strFlag } from './args'
import { commandName, jobProcesses, type OstepRun } from './common'
import { PythonRandom } from '../../engine/python-random'

const FLAGS = [
  { short: '-s', long: '--seed', value: true },
  { short: '-P', long: '--program', value: true },
  { short: '-l', long: '--processlist', value: true },
  { short: '-L', long: '--iolength', value: true },
  { short: '-S', long: '--switch', value: true },
  { short: '-I', long: '--iodone', value: true },
  { short: '-c', value: false },
  { short: '-p', long: '--printstats', value: false }
] as const

type Instr = 'cpu' | 'io' | 'io_done'

export interface ProcessRunReport {
  total_time: number
  cpu_busy: number
  io_busy: number
  processes: {
    pid: number
    first_run_tick: number | null
    finish_tick: number | null
    cpu_ticks: number
  }[]
}

function parseProgram(text: string): Instr[] {
  const out: Instr[] = []
  for (const part of text.split(',')) {
    if (/^c\d+$/.test(part)) for (let i = 0; i < Number(part.slice(1)); i++) out.push('cpu')
    else if (part === 'i') out.push('io', 'io_done')
    else
      throw new OstepUsageError(`-P: bad instruction "${part}" (expected cN or i, as in c3,i,c2)`)
  }
  return out
}

function randomProgram(desc: string, rng: PythonRandom): Instr[] {
  const m = /^(\d+):(\d+(?:\.\d+)?)$/.exec(desc)
  if (!m)
    throw new OstepUsageError(
      `-l: bad process "${desc}" (expected X:Y, X instructions with Y% chance of cpu)`
    )
  const chance = Number(m[2]) / 100
  const out: Instr[] = []
  for (let i = 0; i < Number(m[1]); i++) {
    if (rng.random() < chance) out.push('cpu')
    else out.push('io', 'io_done')
  }
  return out
}

/** A program in -P syntax (c3,i,c2), so a random -l workload can be replayed explicitly. */
function programSpec(instrs: Instr[]): string {
  const parts: string[] = []
  let cpu = 0
  for (const ins of instrs) {
    if (ins === 'cpu') cpu++
    else if (ins === 'io') {
      if (cpu > 0) parts.push(`c${cpu}`)
      cpu = 0
      parts.push('i')
    }
  }
  if (cpu > 0) parts.push(`c${cpu}`)
  return parts.join(',')
}

/** Each instruction takes one CPU tick; an `io` then blocks for L ticks. Consecutive CPU ticks merge. */
function toOps(instrs: Instr[], ioLength: number): ThreadOp[] {
  const ops: ThreadOp[] = []
  let cpu = 0
  for (const ins of instrs) {
    cpu += 1
    if (ins === 'io') {
      ops.push({ cpu }, { io: ioLength })
      cpu = 0
    }
  }
  if (cpu > 0) ops.push({ cpu })
  return ops
}

/** Ticks during which at least one I/O is in flight: the union of the threads' I/O waits. */
export function ioBusyTicks(trace: TraceData): number {
  const since = new Map<number, number>()
  const intervals: [number, number][] = []
  for (let i = 0; i < trace.states; i++) {
    const task = trace.stTask[i]
    const start = since.get(task)
    if (start !== undefined) {
      intervals.push([start, trace.stTime[i]])
      since.delete(task)
    }
    if (trace.stState[i] === TaskState.blocked && trace.stBlock[i] === BlockKind.io)
      since.set(task, trace.stTime[i])
  }
  intervals.sort((a, b) => a[0] - b[0])
  let total = 0
  let end = -Infinity
  for (const [s, e] of intervals) {
    if (e <= end) continue
    total += e - Math.max(s, end)
    end = e
  }
  return total
}

export function ostepProcessRun(argv: readonly string[]): OstepRun<ProcessRunReport> {
  const f = parseFlags(argv, FLAGS)
  const ioLength = intFlag(f, '-L', 5, 0)
  const sw = strFlag(f, '-S', 'SWITCH_ON_IO')
  const done = strFlag(f, '-I', 'IO_RUN_LATER')
  if (sw !== 'SWITCH_ON_IO' && sw !== 'SWITCH_ON_END')
    throw new OstepUsageError(`-S: expected SWITCH_ON_IO or SWITCH_ON_END, got "${sw}"`)
  if (done !== 'IO_RUN_LATER' && done !== 'IO_RUN_IMMEDIATE')
    throw new OstepUsageError(`-I: expected IO_RUN_LATER or IO_RUN_IMMEDIATE, got "${done}"`)
  const program = f.get('-P')
  let programs: Instr[][]
  if (typeof program === 'string' && program !== '') programs = program.split(':').map(parseProgram)
  else {
    const rng = new PythonRandom(intFlag(f, '-s', 0))
    const list = strFlag(f, '-l', '')
    if (list === '')
      throw new OstepUsageError('give the processes with -P (c3,i,c2:c4) or -l (X:Y,...)')
    programs = list.split(',').map((d) => randomProgram(d, rng))
  }
  if (programs.some((p) => p.length === 0))
    throw new OstepUsageError('every process needs at least one instruction')
  const spec = programs.map(programSpec)
  return {
    scenario: {
      format: 'schedlab/scenario',
      version: 1,
      name: commandName(`OSTEP process-run.py -L ${ioLength} -S ${sw} -I ${done}`),
      description: `Translated from the OSTEP homework simulator cpu-intro/process-run.py (-P ${spec.join(':')}). Each instruction is one tick of CPU; an I/O blocks for ${ioLength} ticks and its completion costs one more tick.`,
      machine: { cores: 1 },
      scheduler: {
        policy: 'fcfs',
        readyOrder: 'id-round-robin',
        switchOnIo: sw === 'SWITCH_ON_IO',
        ioCompletionPreempts: done === 'IO_RUN_IMMEDIATE',
        pickBeforeWakeups: true
      },
      processes: jobProcesses(
        programs.map((p) => ({ arrival: 0, ops: toOps(p, ioLength) })),
        'pid'
      )
    },
    report(result: SimResult): ProcessRunReport {
      return {
        total_time: result.makespan,
        cpu_busy: result.threads.reduce((a, t) => a + t.cpu, 0),
        io_busy: ioBusyTicks(result.trace),
        processes: result.threads.map((t, pid) => ({
          pid,
          first_run_tick: t.firstRun === null ? null : t.firstRun + 1,
          finish_tick: t.finish,
          cpu_ticks: t.cpu
        }))
      }
    },
    text(r) {
      const pct = (n: number) => (r.total_time > 0 ? ((100 * n) / r.total_time).toFixed(2) : '0.00')
      const lines = r.processes.map(
        (p) =>
          `PID ${p.pid}: first run at tick ${p.first_run_tick}, done at ${p.finish_tick}, ${p.cpu_ticks} CPU ticks`
      )
      lines.push(
        '',
        `Stats: Total Time ${r.total_time}`,
        `Stats: CPU Busy ${r.cpu_busy} (${pct(r.cpu_busy)}%)`,
        `Stats: IO Busy  ${r.io_busy} (${pct(r.io_busy)}%)`
      )
      return lines.join('\n') + '\n'
    }
  }
}
