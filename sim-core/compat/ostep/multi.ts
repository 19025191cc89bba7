// cpu-sched-multi/multi.py: jobs with working sets on several CPUs with caches, one central queue
// or per-CPU queues with stealing. Its rules map onto the ordinary model: `machine.cache` and
// each thread's `workingSet` (the cache, warm rate and warm-up), `rr` with `alignedSlices`
// (slices end together at multiples of the quantum, every running job goes to the tail, in CPU
// order), and with -p `queues: "per-core"`: placed as upstream deals them out, balanced every -P
// ticks (the default balance: each core with an empty queue pulls one job), no stealing when a
// core idles, and never moving a job that has an affinity (`balance.movePinned: false`, as
// upstream's check works out).
import type { SimResult } from '../../metrics/result'
import type { ScenarioInput } from '../../scenario/schema'
import { intFlag, OstepUsageError, parseFlags, strFlag } from './args'
import { commandName, twoDecimals, type OstepRun } from './common'
import { PythonRandom } from '../../engine/python-random'

const FLAGS = [
  { short: '-s', long: '--seed', value: true },
  { short: '-j', long: '--job_num', value: true },
  { short: '-R', long: '--max_run', value: true },
  { short: '-W', long: '--max_wset', value: true },
  { short: '-L', long: '--job_list', value: true },
  { short: '-p', long: '--per_cpu_queues', value: false },
  { short: '-A', long: '--affinity', value: true },
  { short: '-n', long: '--num_cpus', value: true },
  { short: '-q', long: '--quantum', value: true },
  { short: '-P', long: '--peek_interval', value: true },
  { short: '-w', long: '--warmup_time', value: true },
  { short: '-r', long: '--warm_rate', value: true },
  { short: '-M', long: '--cache_size', value: true },
  { short: '-o', long: '--rand_order', value: false },
  // What upstream prints (its per-tick trace, -c its answers): no effect on the answers.
  { short: '-t', long: '--trace', value: false },
  { short: '-T', long: '--trace_time_left', value: false },
  { short: '-C', long: '--trace_cache', value: false },
  { short: '-S', long: '--trace_sched', value: false },
  { short: '-c', long: '--compute', value: false }
] as const

export interface MultiReport {
  finish_time: number
  cpus: { cpu: number; utilization_pct: number; warm_pct: number }[]
  jobs: { name: string; finish: number }[]
}

export interface MultiJob {
  name: string
  run: number
  workingSet: number
  /** Allowed CPUs; empty = any. */
  affinity: number[]
}

/** upstream's -L: `name:run:wset,...`; names unique, run time and working set integers >= 0. */
function parseJobs(text: string): MultiJob[] {
  const jobs: MultiJob[] = []
  for (const entry of text.split(',')) {
    const parts = entry.split(':')
    if (parts.length !== 3)
      throw new OstepUsageError(
        `-L: bad job "${entry}" (expected name:run_time:working_set_size, as in a:100:50)`
      )
    const [name, run, ws] = parts
    if (name === '') throw new OstepUsageError(`-L: job "${entry}" has no name`)
    if (!/^\d+$/.test(run) || !/^\d+$/.test(ws))
      throw new OstepUsageError(
        `-L: job "${entry}": run time and working set must be integers of at least 0`
      )
    if (jobs.some((j) => j.name === name))
      throw new OstepUsageError(`-L: repeated job name "${name}"`)
    jobs.push({ name, run: Number(run), workingSet: Number(ws), affinity: [] })
  }
  return jobs
}

/** Random jobs as upstream draws them: multiples of 10, 0 possible. */
function randomJobs(seed: number, count: number, maxRun: number, maxWs: number): MultiJob[] {
  const rng = new PythonRandom(seed)
  return Array.from({ length: count }, (_, j) => {
    const run = Math.trunc((rng.random() * maxRun) / 10) * 10
    const workingSet = Math.trunc((rng.random() * maxWs) / 10) * 10
    return { name: String(j), run, workingSet, affinity: [] }
  })
}

/** upstream's -A: `name:c0.c1,...`, each job existing and each CPU on the machine. */
function applyAffinity(text: string, jobs: MultiJob[], cpus: number): void {
  for (const entry of text.split(',')) {
    const parts = entry.split(':')
    if (parts.length !== 2)
      throw new OstepUsageError(`-A: bad entry "${entry}" (expected name:cpu.cpu, as in a:0.1)`)
    const job = jobs.find((j) => j.name === parts[0])
    if (!job) throw new OstepUsageError(`-A: no job named "${parts[0]}" in the job list`)
    for (const c of parts[1].split('.')) {
      if (!/^\d+$/.test(c) || Number(c) >= cpus)
        throw new OstepUsageError(
          `-A: bad cpu "${c}" for job "${job.name}" (expected 0 to ${cpus - 1})`
        )
      job.affinity.push(Number(c))
    }
  }
}

const allows = (j: MultiJob, cpu: number) => j.affinity.length === 0 || j.affinity.includes(cpu)

/**
 * Upstream's per-CPU assignment (`while unassigned: for cpu: take the first unassigned job it
 * may run`), as the order in which the jobs arrive. Placed on the least loaded allowed core
 * (ties: the lowest id) in that order, each lands where upstream put it: in a round every core
 * still taking jobs holds one more job than those after it, and a core that found none never will.
 */
export function assignmentOrder(jobs: readonly MultiJob[], cpus: number): MultiJob[] {
  const todo = [...jobs]
  const out: MultiJob[] = []
  while (todo.length > 0) {
    for (let c = 0; c < cpus; c++) {
      const i = todo.findIndex((j) => allows(j, c))
      if (i >= 0) out.push(...todo.splice(i, 1))
    }
  }
  return out
}

export function ostepMulti(argv: readonly string[]): OstepRun<MultiReport> {
  const f = parseFlags(argv, FLAGS)
  const cpus = intFlag(f, '-n', 2, 1)
  const quantum = intFlag(f, '-q', 10, 1)
  // Upstream stops peeking for any -P <= 0.
  const peek = Math.max(0, intFlag(f, '-P', 30, -Infinity))
  const warmup = intFlag(f, '-w', 10, 0)
  const warmRate = intFlag(f, '-r', 2, 1)
  const cacheSize = intFlag(f, '-M', 100, 1)
  const perCpu = f.has('-p')
  if (f.has('-o'))
    throw new OstepUsageError(
      '-o: random CPU order draws from Python’s random each tick and is not supported'
    )
  const list = strFlag(f, '-L', '')
  const jobs =
    list !== ''
      ? parseJobs(list)
      : randomJobs(
          intFlag(f, '-s', 0),
          intFlag(f, '-j', 3, 1),
          intFlag(f, '-R', 100, 0),
          intFlag(f, '-W', 200, 0)
        )
  const affinity = strFlag(f, '-A', '')
  if (affinity !== '') applyAffinity(affinity, jobs, cpus)
  // Per-CPU queues: the jobs arrive in upstream's assignment order (see assignmentOrder).
  const order = perCpu ? assignmentOrder(jobs, cpus) : jobs
  const spec = jobs
    .map(
      (j) =>
        `${j.name}:${j.run}:${j.workingSet}${j.affinity.length > 0 ? ` (cpus ${j.affinity.join('.')})` : ''}`
    )
    .join(', ')
  const scheduler: ScenarioInput['scheduler'] = perCpu
    ? {
        policy: 'rr',
        quantum,
        alignedSlices: true,
        queues: 'per-core',
        balance: { interval: peek, steal: false, movePinned: false }
      }
    : { policy: 'rr', quantum, alignedSlices: true }
  const scenario: ScenarioInput = {
    format: 'schedlab/scenario',
    version: 1,
    name: commandName(
      `OSTEP multi.py -n ${cpus} -q ${quantum} -w ${warmup} -r ${warmRate} -M ${cacheSize}${perCpu ? ` -p -P ${peek}` : ''}`
    ),
    description: `Translated from the OSTEP homework simulator cpu-sched-multi/multi.py. Jobs (name:run:working set): ${spec}. A job of run time 0 still takes one tick, as upstream.`,
    machine: { cores: cpus, cache: { size: cacheSize, warmupTime: warmup, warmRate } },
    scheduler,
    processes: order.map((j) => ({
      name: j.name,
      threads: [
        {
          name: 'main',
          // Upstream runs a job at least one tick (time_left = max(0, 0 - rate) ends it then).
          ops: [{ cpu: Math.max(1, j.run) }],
          workingSet: j.workingSet,
          ...(j.affinity.length > 0 ? { affinity: [...new Set(j.affinity)] } : {})
        }
      ]
    }))
  }
  return {
    scenario,
    report(result: SimResult): MultiReport {
      const finish = result.makespan
      const pct = (n: number) => (finish > 0 ? twoDecimals((100 * n) / finish) : 0)
      return {
        finish_time: finish,
        // Upstream counts a tick as warm when its rate is above 1: with -r 1 none is.
        cpus: result.cores.map((c) => ({
          cpu: c.id,
          utilization_pct: pct(c.busy),
          warm_pct: warmRate > 1 ? pct(c.warm) : 0
        })),
        jobs: jobs.map((j) => ({
          name: j.name,
          finish: result.threads.find((t) => t.process === j.name)?.finish ?? 0
        }))
      }
    },
    text(r) {
      const lines = jobs.map(
        (j) => `Job name:${j.name} run_time:${j.run} working_set_size:${j.workingSet}`
      )
      lines.push('')
      for (const j of r.jobs) lines.push(`  Job ${j.name} finished at ${j.finish}`)
      lines.push('', `Finished time ${r.finish_time}`, '', 'Per-CPU stats')
      for (const c of r.cpus)
        lines.push(
          `  CPU ${c.cpu}  utilization ${c.utilization_pct.toFixed(2)} [ warm ${c.warm_pct.toFixed(2)} ]`
        )
      return lines.join('\n') + '\n'
    }
  }
}
