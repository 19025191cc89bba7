// Issue 13: global EDF on 16 cores, 200 periodic tasks, 10 simulated seconds at 1 tick = 1 µs,
// next to SimSo 0.8.2 on the same kind of run (test/fixtures/reference/simso/README.md: about
// 5,000 scheduling events per second at 16 cores / 200 tasks, about 35 s for the run). The task
// set is drawn like SimSo's reference workloads: UUniFast-Discard utilizations summing to
// 0.75 × cores (each at most 1), periods from {10, 20, 25, 40, 50, 100} ms, WCET = u × period
// rounded to whole µs, deadline = period, offset 0, every release in [0, 10 s] inclusive.
import { Rng } from '../sim-core/engine/rng'
import { Simulation, validateScenario, type ScenarioInput } from '../sim-core/index'

const PERIODS_MS = [10, 20, 25, 40, 50, 100]

/** UUniFast (Bini & Buttazzo) with discard: n utilizations summing to `total`, each at most 1. */
function uunifastDiscard(rng: Rng, n: number, total: number): number[] {
  for (;;) {
    const u: number[] = []
    let sum = total
    for (let i = 1; i < n; i++) {
      const next = sum * Math.pow(rng.next(), 1 / (n - i))
      u.push(sum - next)
      sum = next
    }
    u.push(sum)
    if (u.every((x) => x <= 1)) return u
  }
}

export function edfWorkload(cores = 16, tasks = 200, seconds = 10, seed = 13): ScenarioInput {
  const rng = new Rng(seed)
  const duration = seconds * 1_000_000
  const utils = uunifastDiscard(rng, tasks, 0.75 * cores)
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: `bench edf ${cores} cores ${tasks} tasks`,
    timeUnit: 'us',
    seed,
    machine: { cores },
    scheduler: { policy: 'edf' },
    processes: [
      {
        name: 'rt',
        threads: utils.map((u, i) => {
          const period = PERIODS_MS[rng.below(PERIODS_MS.length)] * 1000
          return {
            name: `T${i + 1}`,
            periodic: { period, jobs: Math.floor(duration / period) + 1 },
            ops: [{ cpu: Math.max(1, Math.round(u * period)) }]
          }
        })
      }
    ],
    limits: { maxTime: duration }
  }
}

export interface EdfBenchRow {
  status: string
  events: number
  /** SimSo's scheduling events: releases + completions + preemptions (results.json's definition). */
  schedulingEvents: number
  releases: number
  completions: number
  misses: number
  preemptions: number
  utilization: number
  ms: number
  /** This process's CPU time for the run (steadier than wall time on a shared machine). */
  cpuMs: number
  eventsPerSec: number
  eventsPerCpuSec: number
  /** Peak heap + array buffers above the start of the run, sampled every 50,000 events, MB. */
  peakMb: number
}

const memory = () => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

function runOnce(): EdfBenchRow {
  const v = validateScenario(edfWorkload())
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  const base = memory()
  let peak = base
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const sim = new Simulation(v.scenario, { trace: false })
  while (!sim.step(50_000)) peak = Math.max(peak, memory())
  peak = Math.max(peak, memory())
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const releases = sim.tasks.reduce((a, t) => a + t.released, 0)
  const completions = sim.tasks.reduce((a, t) => a + t.jobsDone - t.jobsAborted, 0)
  const busy = sim.cpus.reduce((a, c) => a + c.busy, 0)
  return {
    status: sim.status,
    events: sim.events,
    schedulingEvents: releases + completions + sim.preemptions,
    releases,
    completions,
    misses: sim.jobsMissed,
    preemptions: sim.preemptions,
    utilization: busy / (sim.cpus.length * sim.now),
    ms,
    cpuMs,
    eventsPerSec: sim.events / (ms / 1000),
    eventsPerCpuSec: sim.events / (cpuMs / 1000),
    peakMb: (peak - base) / 1048576
  }
}

/** Best of three runs (the first also warms the JIT). */
export function benchEdf(): EdfBenchRow {
  let best: EdfBenchRow | null = null
  for (let round = 0; round < 3; round++) {
    const r = runOnce()
    if (!best || r.ms < best.ms) best = r
  }
  return best as EdfBenchRow
}
