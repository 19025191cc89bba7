// `npm run bench`: engine throughput on a seeded 10,000-thread, 16-core workload under rr and
// mlfq, against a bare binary-heap push/pop loop over the same number of events.
import { EventQueue } from '../sim-core/engine/event-queue'
import { Simulation, validateScenario } from '../sim-core/index'
import { benchAggregate } from './aggregate'
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
  // The whole trace, past the default budget: this measures the engine recording all of it.
  const sim = new Simulation(v.scenario, { maxTrace: Infinity })
  while (!sim.step(250_000)) peak = Math.max(peak, memory())
  const ms = performance.now() - t0
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
  for (let i = 0; i < 16_000; i++) q.push(i % 97, 0, 0, i)
  for (let i = 0; i < events; i++) {
    const h = q.pop()
    q.push(q.timeOf(h) + 1 + (i % 61), i & 3, 0, i)
  }
  const ms = performance.now() - t0
  return { ms, eventsPerSec: events / (ms / 1000) }
}

const rows = []
for (const policy of ['rr', 'mlfq'] as const) {
  const r = runEngine(policy)
  const heap = runHeap(r.events)
  rows.push({ ...r, heapEventsPerSec: heap.eventsPerSec, heapMs: heap.ms })
}
for (const r of rows) {
  console.log(
    [
      `${r.policy.padEnd(4)} status ${r.status}, ${r.events.toLocaleString('en')} events in ${(r.ms / 1000).toFixed(2)} s`,
      `  engine: ${(r.eventsPerSec / 1e6).toFixed(2)} M events/s, peak memory +${r.peakMb} MB (heap + typed arrays)`,
      `  trace: ${r.segments.toLocaleString('en')} segments, ${r.bytesPerSegmentAllocated.toFixed(1)} bytes/segment allocated, ${r.bytesPerSegmentTrimmed.toFixed(1)} trimmed (what a result carries)`,
      `  bare heap push/pop, same event count: ${(r.heapEventsPerSec / 1e6).toFixed(2)} M/s in ${(r.heapMs / 1000).toFixed(2)} s; engine/heap ratio ${(r.eventsPerSec / r.heapEventsPerSec).toFixed(2)}`,
      `  makespan ${r.makespan} ticks`
    ].join('\n')
  )
}

const agg = benchAggregate()
console.log(
  `timeline aggregation: ${agg.intervals.toLocaleString('en')} intervals into ${agg.rects} rectangles, ` +
    `median ${agg.medianMs.toFixed(1)} ms, best ${agg.bestMs.toFixed(1)} ms over 7 rounds (budget: one frame, < 200 ms)`
)
