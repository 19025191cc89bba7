// `npm run bench`: engine throughput on a seeded 10,000-thread, 16-core workload under rr and
// mlfq, against a bare binary-heap push/pop loop over the same number of events, and the whole
// `schedlab run FILE --format json` process on the same workload.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EventQueue } from '../sim-core/engine/event-queue'
import { Simulation, validateScenario } from '../sim-core/index'
import { benchAggregate } from './aggregate'
import { benchCluster } from './cluster'
import { benchEdf } from './edf'
import { benchManyCores } from './many-cores'
import { benchWorkload } from './workload'

const mb = (bytes: number) => (bytes / 1048576).toFixed(1)

function memory(): number {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

function runEngine(policy: 'rr' | 'mlfq') {
  const v = validateScenario(benchWorkload(policy))
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  global.gc?.()
  const base = memory()
  let peak = base
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  // The whole trace, past the default budget: this measures the engine recording all of it.
  const sim = new Simulation(v.scenario, { maxTrace: Infinity })
  while (!sim.step(250_000)) peak = Math.max(peak, memory())
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  peak = Math.max(peak, memory())
  const segments = sim.trace.segmentCount
  const data = sim.trace.data()
  const segmentColumns = [
    data.segStart,
    data.segEnd,
    data.segCpu,
    data.segTask,
    data.segKind,
    data.segReason,
    data.segCoroutine
  ]
  const trimmedBytes = segmentColumns.reduce((a, col) => a + col.byteLength, 0)
  return {
    policy,
    status: sim.status,
    events: sim.events,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    eventsPerSec: sim.events / (ms / 1000),
    peakMb: mb(peak - base),
    segments,
    bytesPerSegmentAllocated: sim.trace.segmentBytes() / segments,
    bytesPerSegmentTrimmed: trimmedBytes / segments,
    makespan: sim.makespan
  }
}

/** The same number of push/pop pairs on the engine's heap, with times like the engine's. */
function runHeap(events: number) {
  const q = new EventQueue()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < 16_000; i++) q.push(i % 97, 0, 0, i)
  for (let i = 0; i < events; i++) {
    const h = q.pop()
    q.push(q.timeOf(h) + 1 + (i % 61), i & 3, 0, i)
  }
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, eventsPerSec: events / (ms / 1000) }
}

// This file runs bundled, as out/bench/run.mjs (see the bench script in package.json).
const SCHEDLAB = fileURLToPath(new URL('../../bin/schedlab.mjs', import.meta.url))

/**
 * CPU time of this process's waited-for children (Linux's /proc; clock ticks of 1/100 s, the
 * USER_HZ of every Linux port), or null elsewhere. On a shared machine CPU time compares runs
 * far more steadily than wall time, which counts the time other jobs held the cores.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command name in parentheses, from field 3 (state); cutime and cstime
    // are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return null
  }
}

/**
 * `schedlab run FILE --format json` as a user runs it: a new Node process that starts, reads and
 * validates the file, simulates, builds the result and prints it (to /dev/null), timed from the
 * spawn to the exit.
 */
function runWholeProcess(policy: 'rr' | 'mlfq', dir: string) {
  const file = join(dir, `${policy}.json`)
  writeFileSync(file, JSON.stringify(benchWorkload(policy)))
  const cpu0 = childrenCpuMs()
  const t0 = performance.now()
  const child = spawnSync(process.execPath, [SCHEDLAB, 'run', file, '--format', 'json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8'
  })
  const ms = performance.now() - t0
  const cpu1 = childrenCpuMs()
  // A notice (say, a stale bundle running from source) would mean timing something else.
  if (child.status !== 0 || child.stderr !== '')
    throw new Error(`schedlab run exited ${child.status}: ${child.stderr}`)
  return { ms, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 }
}

const dir = mkdtempSync(join(tmpdir(), 'schedlab-bench-'))
const rows = []
try {
  for (const policy of ['rr', 'mlfq'] as const) {
    const r = runEngine(policy)
    const heap = runHeap(r.events)
    const whole = runWholeProcess(policy, dir)
    rows.push({
      ...r,
      heapEventsPerSec: heap.eventsPerSec,
      heapMs: heap.ms,
      heapCpuMs: heap.cpuMs,
      wholeMs: whole.ms,
      wholeCpuMs: whole.cpuMs
    })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
for (const r of rows) {
  console.log(
    [
      `${r.policy.padEnd(4)} status ${r.status}, ${r.events.toLocaleString('en')} events in ${(r.ms / 1000).toFixed(2)} s`,
      `  engine: ${(r.eventsPerSec / 1e6).toFixed(2)} M events/s, peak memory +${r.peakMb} MB (heap + typed arrays)`,
      `  trace: ${r.segments.toLocaleString('en')} segments, ${r.bytesPerSegmentAllocated.toFixed(1)} bytes/segment allocated, ${r.bytesPerSegmentTrimmed.toFixed(1)} trimmed (what a result carries)`,
      `  bare heap push/pop, same event count: ${(r.heapEventsPerSec / 1e6).toFixed(2)} M/s in ${(r.heapMs / 1000).toFixed(2)} s; engine/heap ratio ${(r.eventsPerSec / r.heapEventsPerSec).toFixed(2)}, in CPU time ${(r.heapCpuMs / r.cpuMs).toFixed(2)}`,
      `  whole process, schedlab run FILE --format json (start-up, parse, run recording no trace, result, print): ${(r.events / r.wholeMs / 1000).toFixed(2)} M events/s in ${(r.wholeMs / 1000).toFixed(2)} s; whole/engine ratio ${(r.wholeMs / r.ms).toFixed(2)}` +
        (r.wholeCpuMs === null
          ? ''
          : `, in CPU time ${(r.wholeCpuMs / 1000).toFixed(2)} s / ${(r.cpuMs / 1000).toFixed(2)} s = ${(r.wholeCpuMs / r.cpuMs).toFixed(2)}`),
      `  makespan ${r.makespan} ticks`
    ].join('\n')
  )
}

const agg = benchAggregate()
console.log(
  `timeline aggregation: ${agg.intervals.toLocaleString('en')} intervals into ${agg.rects} rectangles, ` +
    `median ${agg.medianMs.toFixed(1)} ms, best ${agg.bestMs.toFixed(1)} ms over 7 rounds (budget: one frame, < 200 ms)`
)

const many = benchManyCores()
for (const r of many)
  console.log(
    `64 cores, 20,000 threads, rr, ${r.queues.padEnd(8)} queues: status ${r.status}, ` +
      `${r.events.toLocaleString('en')} events, ${(r.eventsPerSec / 1e6).toFixed(2)} M events/s ` +
      `(best of 3, no trace), ${r.migrations.toLocaleString('en')} migrations, makespan ${r.makespan}`
  )
const [globalRow, perCoreRow] = many
console.log(
  `per-core / global event rate: ${(perCoreRow.eventsPerSec / globalRow.eventsPerSec).toFixed(2)} (goal: at least 0.85)`
)

const edf = benchEdf()
console.log(
  `global edf, 16 cores, 200 periodic tasks, 10 s at 1 tick = 1 µs: status ${edf.status}, ` +
    `${edf.events.toLocaleString('en')} engine events in ${(edf.ms / 1000).toFixed(2)} s = ` +
    `${(edf.eventsPerSec / 1e6).toFixed(2)} M events/s; CPU time ${(edf.cpuMs / 1000).toFixed(2)} s = ` +
    `${(edf.eventsPerCpuSec / 1e6).toFixed(2)} M events/CPU-s (best of 3, no trace; goal: at least 1 M/s), ` +
    `peak memory ${edf.peakMb.toFixed(1)} MB\n` +
    `  ${edf.releases.toLocaleString('en')} releases, ${edf.completions.toLocaleString('en')} completions, ` +
    `${edf.preemptions.toLocaleString('en')} preemptions, ${edf.misses} misses, utilization ${edf.utilization.toFixed(3)}: ` +
    `${edf.schedulingEvents.toLocaleString('en')} scheduling events (SimSo's count) = ` +
    `${Math.round(edf.schedulingEvents / (edf.ms / 1000)).toLocaleString('en')} per second; ` +
    `SimSo 0.8.2: about 5,000 per second, about 35 s for this run (test/fixtures/reference/simso/README.md)`
)

const cl = benchCluster()
for (const r of [cl.single, cl.cluster])
  console.log(
    `${r.name === 'single' ? 'single machine, 16 cores, 10,000 threads, rr' : 'cluster, 16 nodes x 8 cores, 100,000 requests'}: ` +
      `status ${r.status}, ${r.events.toLocaleString('en')} events in ${(r.ms / 1000).toFixed(2)} s = ` +
      `${(r.eventsPerSec / 1e6).toFixed(2)} M events/s (best of 3, no trace), peak memory +${r.peakMb.toFixed(1)} MB, makespan ${r.makespan}`
  )
console.log(
  `cluster / single-machine event rate: ${(cl.cluster.eventsPerSec / cl.single.eventsPerSec).toFixed(2)} (goal: at least 0.5)`
)
