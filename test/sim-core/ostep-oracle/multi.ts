/**
 * Independent oracle for OSTEP cpu-sched-multi/multi.py, written only from SEMANTICS.md §4: a
 * literal per-tick loop (interrupts, stealing, assignment, run), with the cache class's lists.
 * Stealing from a random victim needs Python's RNG: with more than two CPUs the caller chooses
 * the victim (`victim`), and only workloads whose answer does not depend on it are compared.
 */

export interface MultiOracleJob {
  name: string
  run: number
  ws: number
  /** Allowed CPUs; empty = any. */
  affinity: number[]
}

export interface MultiOracleParams {
  cpus: number
  quantum: number
  perCpu: boolean
  peek: number
  warmup: number
  warmRate: number
  cacheSize: number
  /** Victim CPU for a thief (default: the lowest other CPU). */
  victim?: (thief: number, cpus: number) => number
}

export interface MultiOracleReport {
  finish_time: number
  cpus: { cpu: number; ran: number; warm: number }[]
  jobs: { name: string; finish: number }[]
  /** trace[t].cpus[c] = [job or null, time_left after, cache string after] as the reference files. */
  trace: { t: number; cpus: [string | null, number | null, string][] }[]
  initial_queues: Record<string, string[]>
}

class OracleCache {
  contents: string[] = []
  warming: string[] = []
  counter = new Map<string, number>()
  constructor(
    private readonly ws: Map<string, number>,
    private readonly size: number,
    private readonly warmup: number
  ) {}
  newJob(name: string): void {
    if (this.contents.includes(name) || this.warming.includes(name)) return
    if (this.warmup === 0) {
      this.contents.unshift(name)
      this.adjust()
    } else {
      this.warming.push(name)
      this.counter.set(name, this.warmup)
    }
  }
  adjust(): void {
    let total = this.contents.reduce((a, j) => a + (this.ws.get(j) ?? 0), 0)
    while (total > this.size) {
      const gone = this.contents.pop() as string
      this.warming.push(gone)
      this.counter.set(gone, this.warmup)
      total -= this.ws.get(gone) ?? 0
    }
  }
  updateWarming(name: string): void {
    if (!this.warming.includes(name)) return
    const left = (this.counter.get(name) ?? 0) - 1
    this.counter.set(name, left)
    if (left <= 0) {
      this.warming.splice(this.warming.indexOf(name), 1)
      this.contents.unshift(name)
      this.adjust()
    }
  }
}

export function multiOracle(jobs: MultiOracleJob[], p: MultiOracleParams): MultiOracleReport {
  const ws = new Map(jobs.map((j) => [j.name, j.ws]))
  const byName = new Map(jobs.map((j) => [j.name, j]))
  const left = new Map(jobs.map((j) => [j.name, j.run]))
  const allowed = (name: string, cpu: number) => {
    const a = byName.get(name)?.affinity ?? []
    return a.length === 0 || a.includes(cpu)
  }
  const queues: string[][] = []
  const initial: Record<string, string[]> = {}
  if (p.perCpu) {
    for (let c = 0; c < p.cpus; c++) queues.push([])
    const todo = jobs.map((j) => j.name)
    while (todo.length > 0) {
      for (let c = 0; c < p.cpus; c++) {
        const i = todo.findIndex((n) => allowed(n, c))
        if (i >= 0) queues[c].push(...todo.splice(i, 1))
      }
    }
    queues.forEach((q, c) => (initial[String(c)] = [...q]))
  } else {
    const central = jobs.map((j) => j.name)
    for (let c = 0; c < p.cpus; c++) queues.push(central)
    initial.central = [...central]
  }
  const caches = Array.from({ length: p.cpus }, () => new OracleCache(ws, p.cacheSize, p.warmup))
  const current: (string | null)[] = Array.from({ length: p.cpus }, () => null)
  const ran = Array.from({ length: p.cpus }, () => 0)
  const warm = Array.from({ length: p.cpus }, () => 0)
  const finish = new Map<string, number>()
  const trace: MultiOracleReport['trace'] = []
  const victim = p.victim ?? ((thief: number) => (thief === 0 ? 1 : 0))
  let t = 0
  while (finish.size < jobs.length) {
    if (t > 0 && t % p.quantum === 0) {
      for (let c = 0; c < p.cpus; c++) {
        const j = current[c]
        if (j !== null) {
          queues[c].push(j)
          current[c] = null
        }
      }
    }
    if (p.perCpu && p.peek > 0 && t > 0 && t % p.peek === 0) {
      for (let c = 0; c < p.cpus; c++) {
        if (queues[c].length > 0 || p.cpus < 2) continue
        const v = victim(c, p.cpus)
        // Upstream's check tests `cpu in Job-namedtuple`: a job with affinity is stolen only if
        // the thief's number equals its run time or working set (the fields it compares against).
        const i = queues[v].findIndex((n) => {
          const job = byName.get(n) as MultiOracleJob
          return job.affinity.length === 0 || c === job.run || c === job.ws
        })
        if (i >= 0) queues[c].push(...queues[v].splice(i, 1))
      }
    }
    for (let c = 0; c < p.cpus; c++) {
      if (current[c] !== null) continue
      const i = queues[c].findIndex((n) => allowed(n, c))
      if (i < 0) continue
      const [j] = queues[c].splice(i, 1)
      current[c] = j
      caches[c].newJob(j)
    }
    const row: MultiOracleReport['trace'][number] = { t, cpus: [] }
    for (let c = 0; c < p.cpus; c++) {
      const j = current[c]
      if (j !== null) {
        const rate = caches[c].contents.includes(j) ? p.warmRate : 1
        ran[c]++
        if (rate > 1) warm[c]++
        const l = Math.max(0, (left.get(j) as number) - rate)
        left.set(j, l)
        caches[c].updateWarming(j)
        if (l === 0) {
          finish.set(j, t + 1)
          current[c] = null
        }
        row.cpus.push([j, l, cacheString(caches[c], jobs)])
      } else row.cpus.push([null, null, cacheString(caches[c], jobs)])
    }
    trace.push(row)
    t++
  }
  return {
    finish_time: t,
    cpus: ran.map((r, cpu) => ({ cpu, ran: r, warm: warm[cpu] })),
    jobs: jobs.map((j) => ({ name: j.name, finish: finish.get(j.name) as number })),
    trace,
    initial_queues: initial
  }
}

function cacheString(c: OracleCache, jobs: MultiOracleJob[]): string {
  return jobs.map((j) => (c.contents.includes(j.name) ? 'w' : ' ')).join('')
}
