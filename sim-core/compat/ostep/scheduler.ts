// cpu-sched/scheduler.py: FIFO, SJF and RR over jobs that all arrive at 0, no I/O, no switch cost.
import type { SimResult } from '../../metrics/result'
import { intFlag, intList, OstepUsageError, parseFlags, strFlag } from './args'
import { jobProcesses, twoDecimals, type OstepRun } from './common'
import { PythonRandom } from './python-random'

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

export function ostepScheduler(argv: readonly string[]): OstepRun<SchedulerReport> {
  const f = parseFlags(argv, FLAGS)
  const policy = strFlag(f, '-p', 'FIFO')
  if (!['FIFO', 'SJF', 'RR'].includes(policy))
    throw new OstepUsageError(`-p: expected FIFO, SJF or RR, got "${policy}"`)
  const quantum = intFlag(f, '-q', 1, 1)
  let lengths: number[]
  const list = f.get('-l')
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
      name: `OSTEP scheduler.py -p ${policy}${policy === 'RR' ? ` -q ${quantum}` : ''} -l ${lengths.join(',')}`,
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
    text(r) {
      const lines = ['Final statistics:']
      for (const j of r.jobs)
        lines.push(
          `  Job ${String(j.id).padStart(3)} -- Response: ${j.response.toFixed(2)}  Turnaround ${j.turnaround.toFixed(2)}  Wait ${j.wait.toFixed(2)}`
        )
      lines.push(
        '',
        `  Average -- Response: ${r.average.response.toFixed(2)}  Turnaround ${r.average.turnaround.toFixed(2)}  Wait ${r.average.wait.toFixed(2)}`
      )
      return lines.join('\n') + '\n'
    }
  }
}
