// The trace columns of issue 14 (CONTRACT14: channel occupancy, rendezvous hand-offs, the thread
// count of hand-off runtimes), read so that a trace without them (an older result, a run
// without channels) gives empty lists instead of a crash.
import type { TraceData } from '../../../../sim-core'

export interface ChannelSamples {
  n: number
  time: Float64Array
  channel: Uint16Array
  occupancy: Int32Array
}

export interface Handoffs {
  n: number
  time: Float64Array
  channel: Uint16Array
  fromThread: Int32Array
  fromCoroutine: Int32Array
  toThread: Int32Array
  toCoroutine: Int32Array
}

export interface ThreadCountSamples {
  n: number
  time: Float64Array
  thread: Int32Array
  count: Int32Array
}

type Columns = Record<string, unknown>

const f64 = (c: Columns, k: string) => (c[k] instanceof Float64Array ? c[k] : new Float64Array(0))
const i32 = (c: Columns, k: string) => (c[k] instanceof Int32Array ? c[k] : new Int32Array(0))
const u16 = (c: Columns, k: string) => (c[k] instanceof Uint16Array ? c[k] : new Uint16Array(0))
/** The record count, never past the shortest column (a truncated or foreign trace). */
const count = (c: Columns, k: string, ...cols: ArrayLike<number>[]): number => {
  let n = typeof c[k] === 'number' ? c[k] : 0
  for (const col of cols) n = Math.min(n, col.length)
  return n
}

export function channelSamples(trace: TraceData): ChannelSamples {
  const c = trace as unknown as Columns
  const time = f64(c, 'chTime')
  const channel = u16(c, 'chChannel')
  const occupancy = i32(c, 'chOccupancy')
  return { n: count(c, 'chSamples', time, channel, occupancy), time, channel, occupancy }
}

export function handoffs(trace: TraceData): Handoffs {
  const c = trace as unknown as Columns
  const h = {
    time: f64(c, 'hoTime'),
    channel: u16(c, 'hoChannel'),
    fromThread: i32(c, 'hoFromThread'),
    fromCoroutine: i32(c, 'hoFromCoroutine'),
    toThread: i32(c, 'hoToThread'),
    toCoroutine: i32(c, 'hoToCoroutine')
  }
  return { n: count(c, 'hoCount', ...Object.values(h)), ...h }
}

export function threadCountSamples(trace: TraceData): ThreadCountSamples {
  const c = trace as unknown as Columns
  const time = f64(c, 'tcTime')
  const thread = i32(c, 'tcThread')
  const cnt = i32(c, 'tcCount')
  return { n: count(c, 'tcSamples', time, thread, cnt), time, thread, count: cnt }
}
