// `schedlab trace --format chrome`: the Trace Event Format that Perfetto and chrome://tracing
// open. One process ("the machine") with one track per core; each non-idle segment is a complete
// event (ph "X"), named by its thread or, on a coroutine host, by the coroutine it runs. Idle time is left empty, which is how both viewers draw "nothing ran".
// The format counts in microseconds; one tick is written as one microsecond.
import { SegmentKind, type SimResult } from '../../sim-core'
import { endReasonName, segmentKindName, threadName } from './trace-names'

/** Perfetto treats pid/tid 0 as the kernel's idle task, so ids start at 1. */
export const MACHINE_PID = 1
export const coreTid = (core: number): number => core + 1

function metadata(r: SimResult): object[] {
  const events: object[] = [
    {
      name: 'process_name',
      ph: 'M',
      pid: MACHINE_PID,
      tid: 0,
      args: { name: `${r.scenario} (${r.policy})` }
    }
  ]
  for (const c of r.cores) {
    const tid = coreTid(c.id)
    events.push({
      name: 'thread_name',
      ph: 'M',
      pid: MACHINE_PID,
      tid,
      args: { name: `core ${c.id}` }
    })
    events.push({
      name: 'thread_sort_index',
      ph: 'M',
      pid: MACHINE_PID,
      tid,
      args: { sort_index: c.id }
    })
  }
  return events
}

function segmentEvent(r: SimResult, i: number): object | null {
  const t = r.trace
  const kind = t.segKind[i]
  if (kind === SegmentKind.idle) return null
  const thread = threadName(r, t.segTask[i])
  const kindName = segmentKindName(kind)
  const reason = endReasonName(t.segReason[i])
  // A host thread's segment names the coroutine it runs (its id already starts with the thread's).
  const coroutine = r.coroutines[t.segCoroutine[i]]?.id
  const who = coroutine ?? thread
  const args: Record<string, string> = coroutine ? { thread, coroutine } : { thread }
  if (reason) args.end = reason
  return {
    // A run is named by what ran; overhead by what it is, so switches stand out in the viewer.
    name: kind === SegmentKind.run ? who : `${kindName} ${who}`.trim(),
    cat: kindName,
    ph: 'X',
    ts: t.segStart[i],
    dur: t.segEnd[i] - t.segStart[i],
    pid: MACHINE_PID,
    tid: coreTid(t.segCpu[i]),
    args
  }
}

export function* traceChrome(r: SimResult): Generator<string> {
  yield '{"traceEvents":[\n'
  let first = true
  const item = (e: object) => {
    const s = (first ? '' : ',\n') + JSON.stringify(e)
    first = false
    return s
  }
  for (const e of metadata(r)) yield item(e)
  for (let i = 0; i < r.trace.segments; i++) {
    const e = segmentEvent(r, i)
    if (e) yield item(e)
  }
  const other = {
    schedlab: r.schedlab,
    scenario: r.scenario,
    policy: r.policy,
    timeUnit: r.timeUnit,
    status: r.status,
    makespan: r.makespan,
    note: 'one tick is shown as one microsecond'
  }
  yield `\n],\n"otherData":${JSON.stringify(other)}}\n`
}
