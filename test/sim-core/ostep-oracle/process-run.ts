/**
 * Independent oracle for OSTEP cpu-intro/process-run.py, written only from SEMANTICS.md
 * section 2: a literal per-tick loop over processes made of cpu / io / io_done instructions.
 */

export type Instr = 'cpu' | 'io' | 'io_done'
export type SwitchMode = 'SWITCH_ON_IO' | 'SWITCH_ON_END'
export type IoDoneMode = 'IO_RUN_LATER' | 'IO_RUN_IMMEDIATE'

type State = 'RUNNING' | 'READY' | 'BLOCKED' | 'DONE'

export interface ProcessRunTraceRow {
  tick: number
  io_done: boolean
  /** Per pid: `RUN:<instr>` for the process that executed this tick, otherwise its state. */
  procs: string[]
  cpu: number
  ios: number
}

export interface ProcessRunOracleReport {
  total_time: number
  cpu_busy: number
  io_busy: number
  processes: {
    pid: number
    first_run_tick: number | null
    finish_tick: number | null
    cpu_ticks: number
  }[]
  trace: ProcessRunTraceRow[]
}

/** `-P` syntax for one process: `c3,i,c2`; `i` is an io followed by its io_done. */
export function parseProgram(program: string): Instr[] {
  const out: Instr[] = []
  for (const part of program.split(',')) {
    const m = /^c(\d+)$/.exec(part)
    if (m) {
      for (let k = 0; k < Number(m[1]); k++) out.push('cpu')
    } else if (part === 'i') {
      out.push('io', 'io_done')
    } else {
      throw new Error(`bad program part "${part}"`)
    }
  }
  return out
}

export function processRunOracle(
  programs: readonly (readonly Instr[])[],
  ioLength: number,
  switchMode: SwitchMode,
  ioDoneMode: IoDoneMode
): ProcessRunOracleReport {
  const n = programs.length
  const code: Instr[][] = programs.map((p) => p.slice())
  const state: State[] = programs.map(() => 'READY')
  const ioDoneAt: (number | null)[] = programs.map(() => null)
  /** Completion ticks of every I/O ever issued (for the in-flight count). */
  const issued: number[] = []
  if (n === 0) return { total_time: 0, cpu_busy: 0, io_busy: 0, processes: [], trace: [] }
  let curr = 0
  state[0] = 'RUNNING' // PID 0 runs before tick 1, no "choose" step

  const firstRun: (number | null)[] = programs.map(() => null)
  const lastRun: (number | null)[] = programs.map(() => null)
  const cpuTicks: number[] = programs.map(() => 0)
  const trace: ProcessRunTraceRow[] = []
  let clock = 0
  let cpuBusy = 0
  let ioBusy = 0

  const countActive = (): number => state.filter((s) => s === 'READY' || s === 'RUNNING').length

  const nextProc = (): void => {
    // Round robin by pid: curr+1 .. n-1, 0 .. curr; the first READY one.
    for (let k = 1; k <= n; k++) {
      const pid = (curr + k) % n
      if (state[pid] === 'READY') {
        curr = pid
        state[pid] = 'RUNNING'
        return
      }
    }
    // none READY: curr keeps pointing at the old process; the CPU idles
  }

  const guard = 100_000
  while (state.some((s) => s !== 'DONE')) {
    clock += 1
    if (clock > guard) throw new Error('process-run oracle: no progress')
    let star = false

    // (a) I/O completions, pids 0..n-1
    for (let pid = 0; pid < n; pid++) {
      if (ioDoneAt[pid] !== clock) continue
      ioDoneAt[pid] = null
      star = true
      state[pid] = 'READY'
      if (ioDoneMode === 'IO_RUN_IMMEDIATE') {
        if (curr !== pid && state[curr] === 'RUNNING') state[curr] = 'READY'
        curr = pid
        state[pid] = 'RUNNING'
      } else {
        if (switchMode === 'SWITCH_ON_END' && countActive() > 1) {
          curr = pid
          state[pid] = 'RUNNING'
        }
        if (countActive() === 1) {
          curr = pid
          state[pid] = 'RUNNING'
        }
      }
      if (code[curr].length === 0 && state[curr] === 'RUNNING') {
        state[curr] = 'DONE'
        nextProc()
      }
    }

    // (b) execute
    let executed: Instr | null = null
    const runner = curr
    if (state[curr] === 'RUNNING' && code[curr].length > 0) {
      executed = code[curr].shift() as Instr
      cpuBusy += 1
      cpuTicks[curr] += 1
      if (firstRun[curr] === null) firstRun[curr] = clock
      lastRun[curr] = clock
    }

    // (c) accounting
    const ios = issued.filter((c) => c > clock).length
    if (ios > 0) ioBusy += 1
    trace.push({
      tick: clock,
      io_done: star,
      procs: state.map((s, pid) => (executed !== null && pid === runner ? `RUN:${executed}` : s)),
      cpu: executed === null ? 0 : 1,
      ios
    })

    // (d) post-instruction
    if (executed === 'io') {
      state[curr] = 'BLOCKED'
      const done = clock + ioLength + 1
      ioDoneAt[curr] = done
      issued.push(done)
      if (switchMode === 'SWITCH_ON_IO') nextProc()
    }
    if (code[curr].length === 0 && state[curr] === 'RUNNING') {
      state[curr] = 'DONE'
      nextProc()
    }
  }

  return {
    total_time: clock,
    cpu_busy: cpuBusy,
    io_busy: ioBusy,
    processes: programs.map((_, pid) => ({
      pid,
      first_run_tick: firstRun[pid],
      finish_tick: lastRun[pid],
      cpu_ticks: cpuTicks[pid]
    })),
    trace
  }
}
