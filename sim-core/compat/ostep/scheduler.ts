// cpu-sched/scheduler.py: FIFO, SJF and RR over jobs that all arrive at 0, no I/O, no switch cost.
import type { SimResult } from '../../metrics/result'
import { SegmentKind } from '../../trace/trace-store'
import { intFlag, intList, OstepUsageError, parseFlags, strFlag, type ParsedFlags } from './args'
import { commandName, jobProcesses, twoDecimals, type OstepRun } from './common'
import { PythonRandom } from '../../engine/python-random'

const FLAGS = [
  { short: '-p', long: '--policy', value: true },
  { short: '-q', long: '--quantum', value: true },
  { short: '-j', long: '--jobs', value: true },
  { short: '-m', long: '--maxlen', value: true },
  { short: '-s', long: '--seed', value: true },
  { short: '-l', long: '--jlist', value: true },
  { short: '-c', long: '--compute', value: false }
] as const

export interface SchedulerReport {
  jobs: { id: number; response: number; turnaround: number; wait: number; completion: number }[]
  average: { response: number; turnaround: number; wait: number }
}

/** One line of upstream's "Execution trace": a job ran `ran` from `time`; `doneAt` if it finished. */
export interface SchedulerTraceEntry {
  time: number
  job: number
  ran: number
  doneAt: number | null
}

/**
 * Upstream's execution trace, read back from the run's trace segments rather than by re-running
 * the policy, so the lines show what the engine actually did. The store merges consecutive
 * segments of one thread (RR with a single job left keeps re-picking it), so a run segment is cut
 * into `quantum`-long turns from its start: every turn but a job's last is exactly one quantum.
 * FIFO and SJF pass Infinity: one dispatch, one line.
 */
export function schedulerTrace(result: SimResult, quantum: number): SchedulerTraceEntry[] {
  const t = result.trace
  const out: SchedulerTraceEntry[] = []
  for (let i = 0; i < t.segments; i++) {
    if (t.segKind[i] !== SegmentKind.run || t.segTask[i] < 0) continue
    const job = t.segTask[i]
    const end = t.segEnd[i]
    for (let time = t.segStart[i]; time < end; time += quantum) {
      const stop = Math.min(end, time + quantum)
      const finish = result.threads[job]?.finish ?? null
      out.push({ time, job, ran: stop - time, doneAt: finish === stop ? stop : null })
    }
  }
  return out
}

/**
 * Upstream's first lines echo its options (`print('ARG policy', options.policy)` ...): the policy
 * as typed, then the -l list as typed, or else the random workload's -j, -m and -s as integers.
 */
function argLines(f: ParsedFlags, policy: string): string[] {
  const list = f.get('-l')
  if (typeof list === 'string') return [`ARG policy ${policy}`, `ARG jlist ${list}`]
  return [
    `ARG policy ${policy}`,
    `ARG jobs ${intFlag(f, '-j', 3, 1)}`,
    `ARG maxlen ${intFlag(f, '-m', 10, 1)}`,
    `ARG seed ${intFlag(f, '-s', 0)}`
  ]
}

export function ostepScheduler(argv: readonly string[]): OstepRun<SchedulerReport> {
  const f = parseFlags(argv, FLAGS)
  const policy = strFlag(f, '-p', 'FIFO')
  if (!['FIFO', 'SJF', 'RR'].includes(policy))
    throw new OstepUsageError(`-p: expected FIFO, SJF or RR, got "${policy}"`)
  const quantum = intFlag(f, '-q', 1, 1)
  const compute = f.get('-c') === true
  let lengths: number[]
  const list = f.get('-l')
  // Upstream parses -l with float(), so its job list prints `length = 3.0`; random lengths are ints.
  const fromList = typeof list === 'string'
  if (typeof list === 'string') {
    if (list.split(',').some((x) => /\./.test(x)))
      throw new OstepUsageError(
        '-l: fractional job lengths are not supported (SchedLab time is integer ticks)'
      )
    lengths = intList(list, '-l', 1)
  } else {
    const rng = new PythonRandom(intFlag(f, '-s', 0))
    const maxlen = intFlag(f, '-m', 10, 1)
    lengths = Array.from(
      { length: intFlag(f, '-j', 3, 1) },
      () => Math.floor(maxlen * rng.random()) + 1
    )
  }
  const scheduler =
    policy === 'RR'
      ? { policy: 'rr' as const, quantum }
      : policy === 'SJF'
        ? { policy: 'sjf' as const, estimate: 'oracle' as const }
        : { policy: 'fcfs' as const }
  return {
    scenario: {
      format: 'schedlab/scenario',
      version: 1,
      name: commandName(
        `OSTEP scheduler.py -p ${policy}${policy === 'RR' ? ` -q ${quantum}` : ''} -l ${lengths.join(',')}`
      ),
      description:
        'Translated from the OSTEP homework simulator cpu-sched/scheduler.py: every job arrives at 0, no I/O, no switch cost.',
      machine: { cores: 1 },
      scheduler,
      processes: jobProcesses(lengths.map((n) => ({ arrival: 0, ops: [{ cpu: n }] })))
    },
    report(result: SimResult): SchedulerReport {
      const jobs = result.threads.map((t, id) => ({
        id,
        response: t.response ?? 0,
        turnaround: t.turnaround ?? 0,
        wait: t.waiting,
        completion: t.finish ?? 0
      }))
      const avg = (k: 'response' | 'turnaround' | 'wait') =>
        twoDecimals(jobs.reduce((a, j) => a + j[k], 0) / Math.max(1, jobs.length))
      return {
        jobs,
        average: { response: avg('response'), turnaround: avg('turnaround'), wait: avg('wait') }
      }
    },
    // The trace belongs to the text only: SCENARIO.md §4 fixes the --json shape to jobs and average.
    text(r, result) {
      // Upstream's layout: the job list (the only place random lengths show), then either a note
      // to work the answers out or, with -c, the solutions.
      const lines = [
        ...argLines(f, policy),
        '',
        'Here is the job list, with the run time of each job: '
      ]
      lengths.forEach((n, id) =>
        lines.push(`  Job ${id} ( length = ${fromList ? n.toFixed(1) : String(n)} )`)
      )
      lines.push('', '')
      if (!compute) {
        lines.push(
          'Compute the turnaround time, response time, and wait time for each job.',
          'When you are done, run this program again, with the same arguments,',
          'but with -c, which will thus provide you with the answers. You can use',
          '-s <somenumber> or your own job list (-l 10,15,20 for example)',
          'to generate different problems for you.',
          ''
        )
        return lines.join('\n') + '\n'
      }
      lines.push('** Solutions **', '', 'Execution trace:')
      // FIFO's line has `job %d`, RR's `job %3d` (SJF prints as FIFO).
      const jobWidth = policy === 'RR' ? 3 : 0
      for (const e of schedulerTrace(result, policy === 'RR' ? quantum : Infinity)) {
        const done = e.doneAt === null ? '' : ` ( DONE at ${e.doneAt.toFixed(2)} )`
        lines.push(
          `  [ time ${String(Math.trunc(e.time)).padStart(3)} ] Run job ${String(e.job).padStart(jobWidth)} for ${e.ran.toFixed(2)} secs${done}`
        )
      }
      lines.push('', 'Final statistics:')
      // Upstream runs SJF as FIFO over the list sorted by length, and prints its statistics in
      // that (run) order; FIFO and RR list jobs by id. --json keeps id order for every policy.
      const listed =
        policy === 'SJF' ? [...r.jobs].sort((a, b) => a.completion - b.completion) : r.jobs
      for (const j of listed)
        lines.push(
          `  Job ${String(j.id).padStart(3)} -- Response: ${j.response.toFixed(2)}  Turnaround ${j.turnaround.toFixed(2)}  Wait ${j.wait.toFixed(2)}`
        )
      lines.push(
        '',
        `  Average -- Response: ${r.average.response.toFixed(2)}  Turnaround ${r.average.turnaround.toFixed(2)}  Wait ${r.average.wait.toFixed(2)}`,
        ''
      )
      return lines.join('\n') + '\n'
    }
  }
}
