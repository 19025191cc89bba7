// Hand-made traces for the renderer's per-core-queue and cache views: every column of TraceData,
// empty unless given, so a test states only the records it is about.
import { emptyChannelColumns, SegmentKind, TaskState, type TraceData } from '../../../sim-core'

/** [start, end, cpu, task, warm] — a run segment. */
export type Seg = [start: number, end: number, cpu: number, task: number, warm: 0 | 1]
/**
 * [time, cpu, task, from, prev, prevReason] — a dispatch; `from` is the core the task last ran
 * on, or -1; `prev` the task that left the core for it (-1, the default: none) and why it left.
 */
export type Dec = [
  time: number,
  cpu: number,
  task: number,
  from: number,
  prev?: number,
  prevReason?: number
]
/** [time, queue, length] — a run-queue length sample. */
export type Rq = [time: number, queue: number, length: number]
/** [time, task, state, queue] — a state record (queue matters for ready). */
export type St = [time: number, task: number, state: number, queue: number]

export interface TraceParts {
  segs?: Seg[]
  decs?: Dec[]
  rq?: Rq[]
  states?: St[]
  runQueues?: number
}

function column<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(
  make: (n: number) => T,
  rows: readonly (readonly (number | undefined)[])[],
  i: number
): T {
  const a = make(rows.length)
  rows.forEach((r, k) => (a[k] = Number(r[i])))
  return a
}

export function traceOf(p: TraceParts): TraceData {
  const segs = p.segs ?? []
  const decs = p.decs ?? []
  const rq = p.rq ?? []
  const st = p.states ?? []
  return {
    segments: segs.length,
    segStart: column((n) => new Float64Array(n), segs, 0),
    segEnd: column((n) => new Float64Array(n), segs, 1),
    segCpu: column((n) => new Uint16Array(n), segs, 2),
    segTask: column((n) => new Int32Array(n), segs, 3),
    segKind: new Uint8Array(segs.length).fill(SegmentKind.run),
    segReason: new Uint8Array(segs.length),
    segCoroutine: new Int32Array(segs.length).fill(-1),
    segWarm: column((n) => new Uint8Array(n), segs, 4),
    decisions: decs.length,
    decTime: column((n) => new Float64Array(n), decs, 0),
    decCpu: column((n) => new Uint16Array(n), decs, 1),
    decTask: column((n) => new Int32Array(n), decs, 2),
    decPrev: Int32Array.from(decs, (d) => d[4] ?? -1),
    decPrevReason: Uint8Array.from(decs, (d) => d[5] ?? 0),
    decQueued: new Int32Array(decs.length),
    decFrom: column((n) => new Int32Array(n), decs, 3),
    runQueues: p.runQueues ?? 1,
    rqSamples: rq.length,
    rqTime: column((n) => new Float64Array(n), rq, 0),
    rqQueue: column((n) => new Uint16Array(n), rq, 1),
    rqLength: column((n) => new Int32Array(n), rq, 2),
    states: st.length,
    stTime: column((n) => new Float64Array(n), st, 0),
    stTask: column((n) => new Int32Array(n), st, 1),
    stState: column((n) => new Uint8Array(n), st, 2),
    stBlock: new Uint8Array(st.length),
    stQueue: column((n) => new Uint16Array(n), st, 3),
    // Fair-scheduling samples (cfs/eevdf): none in these hand-built traces.
    fairSamples: 0,
    fsTime: new Float64Array(0),
    fsTask: new Int32Array(0),
    fsVruntime: new Float64Array(0),
    fsLag: new Float64Array(0),
    fsDeadline: new Float64Array(0),
    draws: 0,
    drawTime: new Float64Array(0),
    drawQueue: new Uint16Array(0),
    drawRandom: new Float64Array(0),
    drawTicket: new Float64Array(0),
    drawTotal: new Float64Array(0),
    drawTask: new Int32Array(0),
    ...emptyChannelColumns(),
    tcSamples: 0,
    tcTime: new Float64Array(0),
    tcThread: new Int32Array(0),
    tcCount: new Int32Array(0)
  }
}

export const READY = TaskState.ready
export const RUNNING = TaskState.running
export const DONE = TaskState.done
