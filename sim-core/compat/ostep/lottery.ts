// cpu-sched-lottery/lottery.py: jobs of (length, tickets) under a lottery with quantum q. The
// translation is an ordinary scenario under policy lottery with two documented options:
// `random: "python"` (the draws are lottery.py's: CPython's Mersenne Twister seeded with -s,
// after the random() values that generating the jobs used, `randomSkip`) and `alignedQuanta`
// (lottery.py's clock always advances by a whole quantum, so a job that finishes mid-quantum
// leaves the CPU idle until the next draw).
import type { SimResult } from '../../metrics/result'
import { intFlag, OstepUsageError, parseFlags, type ParsedFlags } from './args'
import { commandName, jobProcesses, type OstepRun } from './common'
import { PythonRandom } from '../../engine/python-random'

const FLAGS = [
  { short: '-s', long: '--seed', value: true },
  { short: '-j', long: '--jobs', value: true },
  { short: '-l', long: '--jlist', value: true },
  { short: '-m', long: '--maxlen', value: true },
  { short: '-T', long: '--maxticket', value: true },
  { short: '-q', long: '--quantum', value: true },
  { short: '-c', long: '--compute', value: false }
] as const

/** SchedLab's scenario seed is a 32-bit unsigned integer. */
const MAX_SEED = 2 ** 32 - 1
/** The schema's bound on a process's tickets. */
const MAX_TICKETS = 1_000_000

export interface LotteryReport {
  jobs: { id: number; completion: number }[]
  draws: { random: number; winning_ticket: number; total_tickets: number; winner: number }[]
  total_time: number
}

interface Job {
  length: number
  tickets: number
}

/** lottery.py's random jobs, and how many random() values making them used. */
function randomJobs(rng: PythonRandom, count: number, maxlen: number, maxticket: number) {
  let used = 0
  const draw = (max: number): number => {
    let v = 0
    while (v === 0) {
      v = Math.trunc(max * rng.random())
      used++
    }
    return v
  }
  const jobs: Job[] = []
  for (let i = 0; i < count; i++) {
    const length = draw(maxlen)
    jobs.push({ length, tickets: draw(maxticket) })
  }
  return { jobs, used }
}

function listJobs(list: string): Job[] {
  return list.split(',').map((entry) => {
    const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(entry)
    if (!m) throw new OstepUsageError(`-l: bad job "${entry}" (expected length:tickets)`)
    const length = Number(m[1])
    const tickets = Number(m[2])
    if (length < 1) throw new OstepUsageError(`-l: job "${entry}" has no run time`)
    if (tickets < 1 || tickets > MAX_TICKETS)
      throw new OstepUsageError(`-l: job "${entry}": tickets must be 1 to ${MAX_TICKETS}`)
    return { length, tickets }
  })
}

function argLines(f: ParsedFlags, seed: number, q: number): string[] {
  const list = f.get('-l')
  return [
    `ARG jlist ${typeof list === 'string' ? list : ''}`,
    `ARG jobs ${intFlag(f, '-j', 3)}`,
    `ARG maxlen ${intFlag(f, '-m', 10)}`,
    `ARG maxticket ${intFlag(f, '-T', 100)}`,
    `ARG quantum ${q}`,
    `ARG seed ${seed}`,
    ''
  ]
}

export function ostepLottery(argv: readonly string[]): OstepRun<LotteryReport> {
  const f = parseFlags(argv, FLAGS)
  const q = intFlag(f, '-q', 1, 1)
  // Negative seeds are refused, as by the other simulators (random.seed(n) would ignore the sign).
  const seed = intFlag(f, '-s', 0, 0)
  if (seed > MAX_SEED)
    throw new OstepUsageError(`-s: expected a seed of at most ${MAX_SEED}, got ${seed}`)
  const compute = f.get('-c') === true
  const list = f.get('-l')
  let jobs: Job[]
  let skip = 0
  if (typeof list === 'string') jobs = listJobs(list)
  else {
    const count = intFlag(f, '-j', 3, 1)
    // Upstream redraws a zero until it is not: with -m or -T below 2 it never stops.
    const maxlen = intFlag(f, '-m', 10, 2)
    const maxticket = intFlag(f, '-T', 100, 2)
    if (maxticket > MAX_TICKETS + 1)
      throw new OstepUsageError(`-T: expected at most ${MAX_TICKETS + 1}, got ${maxticket}`)
    const made = randomJobs(new PythonRandom(seed), count, maxlen, maxticket)
    jobs = made.jobs
    skip = made.used
  }
  const runTotal = jobs.reduce((a, j) => a + j.length, 0)
  const roundUp = (t: number) => Math.ceil(t / q) * q
  return {
    scenario: {
      format: 'schedlab/scenario',
      version: 1,
      name: commandName(
        `OSTEP lottery.py -l ${jobs.map((j) => `${j.length}:${j.tickets}`).join(',')} -s ${seed} -q ${q}`
      ),
      description:
        'Translated from the OSTEP homework simulator cpu-sched-lottery/lottery.py: every job arrives at 0, no I/O; the draws are lottery.py\'s (random "python" after the values its job generation used), and quanta are aligned as its clock is.',
      seed,
      machine: { cores: 1 },
      scheduler: {
        policy: 'lottery',
        quantum: q,
        random: 'python',
        randomSkip: skip,
        alignedQuanta: true
      },
      processes: jobProcesses(jobs.map((j) => ({ arrival: 0, ops: [{ cpu: j.length }] }))).map(
        (p, i) => ({ ...p, tickets: jobs[i].tickets })
      )
    },
    report(result: SimResult): LotteryReport {
      const t = result.trace
      const draws: LotteryReport['draws'] = []
      for (let i = 0; i < t.draws; i++)
        draws.push({
          random: t.drawRandom[i],
          winning_ticket: t.drawTicket[i],
          total_tickets: t.drawTotal[i],
          winner: t.drawTask[i]
        })
      // lottery.py's clock moves a whole quantum per draw, so a job is DONE at the end of the
      // quantum it finished in: with aligned quanta, the next multiple of q.
      return {
        jobs: result.threads.map((th, id) => ({ id, completion: roundUp(th.finish ?? 0) })),
        draws,
        total_time: roundUp(result.makespan)
      }
    },
    text(r) {
      const lines = [
        ...argLines(f, seed, q),
        'Here is the job list, with the run time of each job: '
      ]
      jobs.forEach((j, id) =>
        lines.push(`  Job ${id} ( length = ${j.length}, tickets = ${j.tickets} )`)
      )
      lines.push('', '')
      if (!compute) {
        // Upstream prints the numbers a student needs, not the answers: the next runTotal values.
        const rng = new PythonRandom(seed)
        for (let i = 0; i < skip; i++) rng.random()
        lines.push('Here is the set of random numbers you will need (at most):')
        for (let i = 0; i < runTotal; i++)
          lines.push(`Random ${Math.trunc(rng.random() * 1000001)}`)
        return lines.join('\n') + '\n'
      }
      lines.push('** Solutions **', '')
      const left = jobs.map((j) => j.length)
      const doneAt = new Map(r.jobs.map((j) => [j.id, j.completion]))
      let clock = 0
      for (const d of r.draws) {
        lines.push(
          `Random ${d.random} -> Winning ticket ${d.winning_ticket} (of ${d.total_tickets}) -> Run ${d.winner}`,
          '  Jobs:',
          jobs
            .map(
              (j, id) =>
                ` (${id === d.winner ? '*' : ' '} job:${id} timeleft:${left[id]} tix:${left[id] > 0 ? j.tickets : '---'} ) `
            )
            .join('')
        )
        left[d.winner] = Math.max(0, left[d.winner] - q)
        clock += q
        if (left[d.winner] === 0)
          lines.push(`--> JOB ${d.winner} DONE at time ${doneAt.get(d.winner) ?? clock}`)
      }
      lines.push('')
      return lines.join('\n') + '\n'
    }
  }
}
