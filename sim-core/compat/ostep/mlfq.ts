// cpu-sched-mlfq/mlfq.py: jobs of (start, run, ioFreq) under an MLFQ with per-level quanta and
// allotments, boost, -S (I/O resets the allotment) and -I (I/O returns to the front).
import type { SimResult } from '../../metrics/result'
import type { ThreadOp } from '../../scenario/ops-schema'
import { intFlag, intList, OstepUsageError, parseFlags } from './args'
import { commandName, jobProcesses, twoDecimals, type OstepRun } from './common'
import { PythonRandom } from '../../engine/python-random'

const FLAGS = [
  { short: '-s', long: '--seed', value: true },
  { short: '-n', long: '--numQueues', value: true },
  { short: '-q', long: '--quantum', value: true },
  { short: '-a', long: '--allotment', value: true },
  { short: '-Q', long: '--quantumList', value: true },
  { short: '-A', long: '--allotmentList', value: true },
  { short: '-j', long: '--numJobs', value: true },
  { short: '-m', long: '--maxlen', value: true },
  { short: '-M', long: '--maxio', value: true },
  { short: '-B', long: '--boost', value: true },
  { short: '-i', long: '--iotime', value: true },
  { short: '-S', long: '--stay', value: false },
  { short: '-I', long: '--iobump', value: false },
  { short: '-l', long: '--jlist', value: true },
  { short: '-c', value: false }
] as const

export interface MlfqReport {
  jobs: { id: number; response: number; turnaround: number; first_run: number; finish: number }[]
  average: { response: number; turnaround: number }
}

interface Job {
  start: number
  run: number
  ioFreq: number
}

/** A job issues an I/O each time its CPU use reaches a multiple of ioFreq, except when that finished it. */
function jobOps(job: Job, ioTime: number): ThreadOp[] {
  if (job.ioFreq <= 0 || job.ioFreq >= job.run) return [{ cpu: job.run }]
  const bursts = Math.ceil(job.run / job.ioFreq) - 1
  const last = job.run - bursts * job.ioFreq
  return [{ repeat: bursts, ops: [{ cpu: job.ioFreq }, { io: ioTime }] }, { cpu: last }]
}

const pyBool = (b: boolean): string => (b ? 'True' : 'False')

/**
 * Upstream's header (mlfq.py prints `OPTIONS ...`, not `ARG ...`): the queues are numbered as
 * upstream does, n-1 the highest, and listed highest first, as `quanta` already is.
 */
function inputLines(
  jobs: number,
  quanta: readonly number[],
  allot: readonly number[],
  boost: number,
  ioTime: number,
  stay: boolean,
  iobump: boolean
): string[] {
  const n = quanta.length
  const lines = ['Here is the list of inputs:', `OPTIONS jobs ${jobs}`, `OPTIONS queues ${n}`]
  quanta.forEach((q, k) => {
    const level = String(n - 1 - k).padStart(2)
    lines.push(
      `OPTIONS allotments for queue ${level} is ${String(allot[k]).padStart(3)}`,
      `OPTIONS quantum length for queue ${level} is ${String(q).padStart(3)}`
    )
  })
  lines.push(
    `OPTIONS boost ${boost}`,
    `OPTIONS ioTime ${ioTime}`,
    `OPTIONS stayAfterIO ${pyBool(stay)}`,
    `OPTIONS iobump ${pyBool(iobump)}`,
    '',
    ''
  )
  return lines
}

/** Upstream's description of the workload that follows the options. */
function jobLines(jobs: readonly Job[]): string[] {
  const pad = (n: number, w: number) => String(n).padStart(w)
  return [
    'For each job, three defining characteristics are given:',
    '  startTime : at what time does the job enter the system',
    '  runTime   : the total CPU time needed by the job to finish',
    '  ioFreq    : every ioFreq time units, the job issues an I/O',
    '              (the I/O takes ioTime units to complete)',
    '',
    'Job List:',
    ...jobs.map(
      (j, i) =>
        `  Job ${pad(i, 2)}: startTime ${pad(j.start, 3)} - runTime ${pad(j.run, 3)} - ioFreq ${pad(j.ioFreq, 3)}`
    ),
    ''
  ]
}

export function ostepMlfq(argv: readonly string[]): OstepRun<MlfqReport> {
  const f = parseFlags(argv, FLAGS)
  const qList = f.get('-Q')
  const quanta =
    typeof qList === 'string'
      ? intList(qList, '-Q', 1)
      : Array(intFlag(f, '-n', 3, 1)).fill(intFlag(f, '-q', 10, 1))
  const aList = f.get('-A')
  const allot =
    typeof aList === 'string'
      ? intList(aList, '-A', 1)
      : Array(quanta.length).fill(intFlag(f, '-a', 1, 1))
  if (allot.length !== quanta.length)
    throw new OstepUsageError(
      `-A: expected ${quanta.length} allotments (one per queue), got ${allot.length}`
    )
  const ioTime = intFlag(f, '-i', 5, 0)
  const boost = intFlag(f, '-B', 0, 0)
  let jobs: Job[]
  const list = f.get('-l')
  if (typeof list === 'string') {
    jobs = list.split(':').map((d) => {
      const parts = d.split(',')
      if (parts.length !== 3)
        throw new OstepUsageError(`-l: bad job "${d}" (expected start,run,ioFreq)`)
      const [start, run, ioFreq] = intList(d, '-l', 0)
      if (run < 1) throw new OstepUsageError(`-l: job "${d}" has no run time`)
      return { start, run, ioFreq }
    })
  } else {
    const rng = new PythonRandom(intFlag(f, '-s', 0))
    const maxlen = intFlag(f, '-m', 100, 0)
    const maxio = intFlag(f, '-M', 10, 0)
    // Python's int() truncates toward zero.
    jobs = Array.from({ length: intFlag(f, '-j', 3, 1) }, () => {
      const run = Math.trunc(rng.random() * (maxlen - 1) + 1)
      const ioFreq = Math.trunc(rng.random() * (maxio - 1) + 1)
      return { start: 0, run, ioFreq }
    })
    if (jobs.some((j) => j.run < 1))
      throw new OstepUsageError('-m: random jobs came out with no run time; use a larger -m')
  }
  const flags = [...(f.has('-S') ? ['-S'] : []), ...(f.has('-I') ? ['-I'] : [])].join(' ')
  return {
    scenario: {
      format: 'schedlab/scenario',
      version: 1,
      name: commandName(
        `OSTEP mlfq.py -Q ${quanta.join(',')} -A ${allot.join(',')} -B ${boost} -i ${ioTime} ${flags}`.trim()
      ),
      description: `Translated from the OSTEP homework simulator cpu-sched-mlfq/mlfq.py. Jobs (start, run, ioFreq): ${jobs.map((j) => `${j.start},${j.run},${j.ioFreq}`).join(' : ')}.`,
      machine: { cores: 1 },
      scheduler: {
        policy: 'mlfq',
        levels: quanta.map((quantum, i) => ({ quantum, allotment: allot[i] })),
        boost,
        ioResetsAllotment: f.has('-S'),
        ioReturnsToFront: f.has('-I')
      },
      processes: jobProcesses(jobs.map((j) => ({ arrival: j.start, ops: jobOps(j, ioTime) })))
    },
    report(result: SimResult): MlfqReport {
      const rows = result.threads.map((t, id) => ({
        id,
        response: t.response ?? 0,
        turnaround: t.turnaround ?? 0,
        first_run: t.firstRun ?? 0,
        finish: t.finish ?? 0
      }))
      const avg = (k: 'response' | 'turnaround') =>
        twoDecimals(rows.reduce((a, j) => a + j[k], 0) / Math.max(1, rows.length))
      return { jobs: rows, average: { response: avg('response'), turnaround: avg('turnaround') } }
    },
    text(r) {
      const lines = [
        ...inputLines(jobs.length, quanta, allot, boost, ioTime, f.has('-S'), f.has('-I')),
        ...jobLines(jobs)
      ]
      lines.push('Final statistics:')
      for (const j of r.jobs)
        lines.push(
          `  Job ${String(j.id).padStart(2)}: startTime ${String(j.first_run - j.response).padStart(3)} - response ${String(j.response).padStart(3)} - turnaround ${String(j.turnaround).padStart(3)}`
        )
      lines.push(
        '',
        `  Avg ${String(r.jobs.length - 1).padStart(2)}: startTime n/a - response ${r.average.response.toFixed(2)} - turnaround ${r.average.turnaround.toFixed(2)}`
      )
      return lines.join('\n') + '\n'
    }
  }
}
