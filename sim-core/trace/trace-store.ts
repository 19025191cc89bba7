// The columnar trace: segments per core and thread state changes in growable typed arrays, so
// millions of records stay compact and can cross to a Web Worker's owner as transferables.
import { grow } from '../engine/event-queue'

export const SegmentKind = {
  run: 0,
  idle: 1,
  switch: 2,
  migration: 3,
  held: 4,
  coroutineSwitch: 5
} as const
export type SegmentKindCode = (typeof SegmentKind)[keyof typeof SegmentKind]

/** Why a run segment ended. */
export const EndReason = {
  none: 0,
  sliceExpired: 1,
  preempted: 2,
  io: 3,
  sleep: 4,
  lock: 5,
  yield: 6,
  exit: 7,
  limit: 8,
  /** A coroutine host with no ready coroutine left the core (it parks until one is). */
  park: 9
} as const
export type EndReasonCode = (typeof EndReason)[keyof typeof EndReason]

export const TaskState = { ready: 0, running: 1, blocked: 2, done: 3 } as const
export type TaskStateCode = (typeof TaskState)[keyof typeof TaskState]

/** Blocked sub-states for thread lanes: what the thread waits on. */
/** `park`: a coroutine host with no ready coroutine, waiting for an await or an arrival. */
// call: waiting for the reply to a `call` (CONTRACT14: 8). A cluster handler thread waiting
// for a request on its replica's inbox is blocked on a channel.
export const BlockKind = {
  none: 0,
  io: 1,
  sleep: 2,
  lock: 3,
  device: 4,
  park: 5,
  /** Waiting for its process's interpreter lock (a process with `gil`) to run cpu. */
  gil: 6,
  /** Blocked sending to or receiving from a channel. */
  channel: 7,
  call: 8
} as const
export type BlockKindCode = (typeof BlockKind)[keyof typeof BlockKind]

/** The trace as plain typed arrays (what a result carries and a worker transfers). */
export interface TraceData {
  segments: number
  segStart: Float64Array
  segEnd: Float64Array
  segCpu: Uint16Array
  /** Thread id, or -1 for idle. */
  segTask: Int32Array
  segKind: Uint8Array
  segReason: Uint8Array
  /** The coroutine a host thread runs in this segment (index into result.coroutines), or -1. */
  segCoroutine: Int32Array
  /** 1 when the thread ran warm in this segment (its working set in the core's cache), else 0. */
  segWarm: Uint8Array
  /** Scheduling decisions: at decTime, core decCpu picked decTask; the core's previous task and why it left. */
  decisions: number
  decTime: Float64Array
  decCpu: Uint16Array
  decTask: Int32Array
  /** The task that ran on that core before, or -1. */
  decPrev: Int32Array
  /** Why the previous task left (an EndReason), or 0. */
  decPrevReason: Uint8Array
  /** Tasks still queued right after the pick (run-queue length). */
  decQueued: Int32Array
  /** The core the picked task last ran on before this pick, or -1; a migration when it differs from decCpu. */
  decFrom: Int32Array
  /** Run queues: 1 (one shared queue) or one per core. */
  runQueues: number
  /** Run-queue lengths: queue rqQueue holds rqLength tasks from rqTime on (recorded at each change). */
  rqSamples: number
  rqTime: Float64Array
  rqQueue: Uint16Array
  rqLength: Int32Array
  states: number
  stTime: Float64Array
  stTask: Int32Array
  stState: Uint8Array
  stBlock: Uint8Array
  /** For a `ready` record: the run queue the thread waits in (0 with one shared queue). */
  stQueue: Uint16Array
  /**
   * Fair-scheduling samples (cfs, eevdf): from fsTime on, thread fsTask has virtual runtime
   * fsVruntime, lag fsLag (V − vruntime) and virtual deadline fsDeadline, all in ticks of virtual
   * time (multiples of 1/1024: the policies keep them as integers in 1/1024 tick). Written when a
   * thread's values change (at least whenever it is queued or leaves a core); cfs writes NaN for
   * lag and deadline.
   */
  fairSamples: number
  fsTime: Float64Array
  fsTask: Int32Array
  fsVruntime: Float64Array
  fsLag: Float64Array
  fsDeadline: Float64Array
  /**
   * Lottery draws (policy lottery only; docs/policies.md): at drawTime run queue drawQueue drew
   * the number drawRandom, so ticket drawTicket of drawTotal (the tickets of the threads it drew
   * among) won, and drawTask holds that ticket.
   */
  draws: number
  drawTime: Float64Array
  drawQueue: Uint16Array
  drawRandom: Float64Array
  drawTicket: Float64Array
  drawTotal: Float64Array
  drawTask: Int32Array
  /** Channel occupancy: from chTime on, channel chChannel holds chOccupancy values (a sample at each change). */
  chSamples: number
  chTime: Float64Array
  chChannel: Uint16Array
  chOccupancy: Int32Array
  /**
   * Rendezvous hand-offs: at hoTime a value passed on channel hoChannel from a thread (and the
   * coroutine on it, or -1 when the thread itself sent) to a thread (and coroutine, or -1).
   */
  hoCount: number
  hoTime: Float64Array
  hoChannel: Uint16Array
  hoFromThread: Int32Array
  hoFromCoroutine: Int32Array
  hoToThread: Int32Array
  hoToCoroutine: Int32Array
  /**
   * Thread counts of M:N runtimes with hand-off: from tcTime on, the runtime whose first worker
   * thread is tcThread has tcCount threads alive (a sample at each change; empty without hand-off).
   */
  tcSamples: number
  tcTime: Float64Array
  tcThread: Int32Array
  tcCount: Int32Array
}

/** The channel columns of a trace with no channels (for traces built by hand). */
export function emptyChannelColumns(): Pick<
  TraceData,
  | 'chSamples'
  | 'chTime'
  | 'chChannel'
  | 'chOccupancy'
  | 'hoCount'
  | 'hoTime'
  | 'hoChannel'
  | 'hoFromThread'
  | 'hoFromCoroutine'
  | 'hoToThread'
  | 'hoToCoroutine'
> {
  return {
    chSamples: 0,
    chTime: new Float64Array(0),
    chChannel: new Uint16Array(0),
    chOccupancy: new Int32Array(0),
    hoCount: 0,
    hoTime: new Float64Array(0),
    hoChannel: new Uint16Array(0),
    hoFromThread: new Int32Array(0),
    hoFromCoroutine: new Int32Array(0),
    hoToThread: new Int32Array(0),
    hoToCoroutine: new Int32Array(0)
  }
}

/** How many records of each kind a run is expected to write. */
export interface ExpectedRecords {
  segments: number
  states: number
  decisions: number
}

/** How the store bounds itself. */
export interface TraceBudget {
  /** false: record nothing (a run whose output needs no trace). */
  record: boolean
  /** Segments before the store reports itself full; it admits 4 states and 1 decision per segment. */
  maxSegments: number
}

/** Thread-state records and decisions the budget admits per segment. */
export const STATES_PER_SEGMENT = 4
export const DECISIONS_PER_SEGMENT = 1

function clampRecords(n: number | undefined, cap: number): number {
  return Math.max(1024, Math.min(Math.ceil(n ?? 0), cap))
}

/**
 * The next capacity of a column group holding `n` records under a budget of `cap`: doubling, but
 * never past the budget while below it, so a full trace has not reserved twice what it holds.
 * Past the budget (the instant that fills it still completes) it grows by an eighth.
 */
export function nextCapacity(n: number, cap: number): number {
  if (n < cap) return Math.min(n * 2, cap)
  return n + Math.max(1024, n >> 3)
}

export class TraceStore {
  private segStart = new Float64Array(1024)
  private segEnd = new Float64Array(1024)
  private segCpu = new Uint16Array(1024)
  private segTask = new Int32Array(1024)
  private segKind = new Uint8Array(1024)
  private segReason = new Uint8Array(1024)
  private segCoroutine = new Int32Array(1024)
  private segWarm = new Uint8Array(1024)
  private nSeg = 0
  private stTime = new Float64Array(1024)
  private stTask = new Int32Array(1024)
  private stState = new Uint8Array(1024)
  private stBlock = new Uint8Array(1024)
  private stQueue = new Uint16Array(1024)
  private nSt = 0
  private decTime = new Float64Array(1024)
  private decCpu = new Uint16Array(1024)
  private decTask = new Int32Array(1024)
  private decPrev = new Int32Array(1024)
  private decPrevReason = new Uint8Array(1024)
  private decQueued = new Int32Array(1024)
  private decFrom = new Int32Array(1024)
  private nDec = 0
  private rqTime = new Float64Array(1024)
  private rqQueue = new Uint16Array(1024)
  private rqLength = new Int32Array(1024)
  private nRq = 0
  private fsTime = new Float64Array(0)
  private fsTask = new Int32Array(0)
  private fsVruntime = new Float64Array(0)
  private fsLag = new Float64Array(0)
  private fsDeadline = new Float64Array(0)
  private nFs = 0
  private drawTime = new Float64Array(0)
  private drawQueue = new Uint16Array(0)
  private drawRandom = new Float64Array(0)
  private drawTicket = new Float64Array(0)
  private drawTotal = new Float64Array(0)
  private drawTask = new Int32Array(0)
  private nDraw = 0
  private tcTime = new Float64Array(0)
  private tcThread = new Int32Array(0)
  private tcCount = new Int32Array(0)
  private nTc = 0
  private chTime = new Float64Array(0)
  private chChannel = new Uint16Array(0)
  private chOccupancy = new Int32Array(0)
  private nCh = 0
  private hoTime = new Float64Array(0)
  private hoChannel = new Uint16Array(0)
  private hoFromThread = new Int32Array(0)
  private hoFromCoroutine = new Int32Array(0)
  private hoToThread = new Int32Array(0)
  private hoToCoroutine = new Int32Array(0)
  private nHo = 0
  /** Each queue's latest sample and its time, to fold changes at one instant into one sample. */
  private lastRq: Int32Array
  private lastRqTime: Float64Array
  private lastRqLength: Int32Array
  /** Index and time of each task's latest state record, to fold zero-length flip-flops into one
   * (the time is kept here so the check never reads back into a column far behind the write head). */
  private lastState: Int32Array
  private lastStateTime: Float64Array
  private lastSegOfCpu: Int32Array
  /** False: every write is ignored (see TraceBudget.record). */
  readonly recording: boolean
  private readonly maxSeg: number
  private readonly maxSt: number
  private readonly maxDec: number

  /** `expected` sizes the columns up front, so a long run copies them rarely while growing. */
  constructor(
    taskCount: number,
    cores: number,
    expected: Partial<ExpectedRecords> = {},
    budget: TraceBudget = { record: true, maxSegments: Infinity },
    readonly runQueues = 1
  ) {
    this.recording = budget.record
    this.maxSeg = Math.max(1, budget.maxSegments)
    this.maxSt = this.maxSeg * STATES_PER_SEGMENT
    this.maxDec = this.maxSeg * DECISIONS_PER_SEGMENT
    if (!budget.record) {
      // Nothing is written, so nothing is reserved (the per-task tables too).
      this.lastState = new Int32Array(0)
      this.lastStateTime = new Float64Array(0)
      this.lastSegOfCpu = new Int32Array(0)
      this.lastRq = new Int32Array(0)
      this.lastRqTime = new Float64Array(0)
      this.lastRqLength = new Int32Array(0)
      return
    }
    this.lastRq = new Int32Array(runQueues).fill(-1)
    this.lastRqTime = new Float64Array(runQueues).fill(-1)
    this.lastRqLength = new Int32Array(runQueues)
    this.lastState = new Int32Array(taskCount).fill(-1)
    this.lastStateTime = new Float64Array(taskCount).fill(-1)
    this.lastSegOfCpu = new Int32Array(cores).fill(-1)
    // Capped (about 240 MB per kind, and the budget): beyond these a run grows by doubling
    // rather than reserving memory it may not use.
    const segments = clampRecords(expected.segments, Math.min(1 << 23, this.maxSeg))
    if (segments > this.segStart.length) {
      this.segStart = new Float64Array(segments)
      this.segEnd = new Float64Array(segments)
      this.segCpu = new Uint16Array(segments)
      this.segTask = new Int32Array(segments)
      this.segKind = new Uint8Array(segments)
      this.segReason = new Uint8Array(segments)
      this.segCoroutine = new Int32Array(segments)
      this.segWarm = new Uint8Array(segments)
    }
    const states = clampRecords(expected.states, Math.min(1 << 24, this.maxSt))
    if (states > this.stTime.length) {
      this.stTime = new Float64Array(states)
      this.stTask = new Int32Array(states)
      this.stState = new Uint8Array(states)
      this.stBlock = new Uint8Array(states)
      this.stQueue = new Uint16Array(states)
    }
    const decisions = clampRecords(expected.decisions, Math.min(1 << 23, this.maxDec))
    if (decisions > this.decTime.length) {
      this.decTime = new Float64Array(decisions)
      this.decCpu = new Uint16Array(decisions)
      this.decTask = new Int32Array(decisions)
      this.decPrev = new Int32Array(decisions)
      this.decPrevReason = new Uint8Array(decisions)
      this.decQueued = new Int32Array(decisions)
      this.decFrom = new Int32Array(decisions)
    }
  }

  get segmentCount(): number {
    return this.nSeg
  }

  /**
   * The share of the budget spent: the largest of each record kind's count over its cap (1 =
   * full). A cluster sums its nodes' shares, so the budget holds for the cluster as a whole.
   */
  get used(): number {
    const st = Math.max(this.nSt, this.nRq, this.nFs, this.nCh, this.nTc) / this.maxSt
    const dec = Math.max(this.nDec, this.nDraw, this.nHo) / this.maxDec
    return Math.max(this.nSeg / this.maxSeg, st, dec)
  }

  /** The trace has reached its budget: the engine stops the run after the current instant. */
  get full(): boolean {
    return (
      this.nSeg >= this.maxSeg ||
      this.nSt >= this.maxSt ||
      this.nDec >= this.maxDec ||
      this.nRq >= this.maxSt ||
      this.nFs >= this.maxSt ||
      this.nDraw >= this.maxDec ||
      this.nCh >= this.maxSt ||
      this.nHo >= this.maxDec ||
      this.nTc >= this.maxSt
    )
  }

  segment(
    cpu: number,
    task: number,
    kind: SegmentKindCode,
    start: number,
    end: number,
    reason: EndReasonCode,
    coroutine = -1,
    warm = 0
  ): void {
    if (!this.recording) return
    const k0 = this.lastSegOfCpu[cpu]
    if (end <= start) {
      // Nothing ran, but the segment that just ended there stopped for this reason (a coroutine
      // host closes its segment at every op boundary before it knows why it will leave).
      if (reason !== 0 && k0 >= 0 && this.segEnd[k0] === start && this.segTask[k0] === task)
        this.segReason[k0] = reason
      return
    }
    const n = this.nSeg
    // Extend the core's previous segment when it is the same thing continuing.
    const k = this.lastSegOfCpu[cpu]
    if (
      k >= 0 &&
      this.segEnd[k] === start &&
      this.segTask[k] === task &&
      this.segKind[k] === kind &&
      this.segCoroutine[k] === coroutine &&
      this.segWarm[k] === warm
    ) {
      this.segEnd[k] = end
      this.segReason[k] = reason
      return
    }
    this.lastSegOfCpu[cpu] = n
    if (n === this.segStart.length) this.growSegments()
    this.segStart[n] = start
    this.segEnd[n] = end
    this.segCpu[n] = cpu
    this.segTask[n] = task
    this.segKind[n] = kind
    this.segReason[n] = reason
    this.segCoroutine[n] = coroutine
    this.segWarm[n] = warm
    this.nSeg = n + 1
  }

  state(
    time: number,
    task: number,
    state: TaskStateCode,
    block: BlockKindCode = BlockKind.none,
    queue = 0
  ): void {
    if (!this.recording) return
    if (this.lastStateTime[task] === time) {
      const last = this.lastState[task]
      // A change at the same instant replaces the previous one: no zero-length states.
      this.stState[last] = state
      this.stBlock[last] = block
      this.stQueue[last] = queue
      return
    }
    const n = this.nSt
    if (n === this.stTime.length) this.growStates()
    this.stTime[n] = time
    this.stTask[n] = task
    this.stState[n] = state
    this.stBlock[n] = block
    this.stQueue[n] = queue
    this.lastState[task] = n
    this.lastStateTime[task] = time
    this.nSt = n + 1
  }

  decision(
    time: number,
    cpu: number,
    task: number,
    prev: number,
    prevReason: EndReasonCode,
    queued: number,
    from = -1
  ): void {
    if (!this.recording) return
    const n = this.nDec
    if (n === this.decTime.length) {
      const m = nextCapacity(n, this.maxDec)
      this.decTime = grow(this.decTime, m)
      this.decCpu = grow(this.decCpu, m)
      this.decTask = grow(this.decTask, m)
      this.decPrev = grow(this.decPrev, m)
      this.decPrevReason = grow(this.decPrevReason, m)
      this.decQueued = grow(this.decQueued, m)
      this.decFrom = grow(this.decFrom, m)
    }
    this.decTime[n] = time
    this.decCpu[n] = cpu
    this.decTask[n] = task
    this.decPrev[n] = prev
    this.decPrevReason[n] = prevReason
    this.decQueued[n] = queued
    this.decFrom[n] = from
    this.nDec = n + 1
  }

  /** A lottery draw (one per pick at most, so the decisions' budget bounds them too). */
  draw(
    time: number,
    queue: number,
    random: number,
    ticket: number,
    total: number,
    task: number
  ): void {
    if (!this.recording) return
    const n = this.nDraw
    if (n === this.drawTime.length) {
      const m = n === 0 ? 1024 : nextCapacity(n, this.maxDec)
      this.drawTime = grow(this.drawTime, m)
      this.drawQueue = grow(this.drawQueue, m)
      this.drawRandom = grow(this.drawRandom, m)
      this.drawTicket = grow(this.drawTicket, m)
      this.drawTotal = grow(this.drawTotal, m)
      this.drawTask = grow(this.drawTask, m)
    }
    this.drawTime[n] = time
    this.drawQueue[n] = queue
    this.drawRandom[n] = random
    this.drawTicket[n] = ticket
    this.drawTotal[n] = total
    this.drawTask[n] = task
    this.nDraw = n + 1
  }

  /** The runtime hosted first by thread `thread` has `count` threads alive (hand-off); one sample per instant. */
  threadCount(time: number, thread: number, count: number): void {
    if (!this.recording) return
    const last = this.nTc - 1
    if (last >= 0 && this.tcTime[last] === time && this.tcThread[last] === thread) {
      this.tcCount[last] = count
      return
    }
    const n = this.nTc
    if (n === this.tcTime.length) {
      const m = n === 0 ? 64 : nextCapacity(n, this.maxSt)
      this.tcTime = grow(this.tcTime, m)
      this.tcThread = grow(this.tcThread, m)
      this.tcCount = grow(this.tcCount, m)
    }
    this.tcTime[n] = time
    this.tcThread[n] = thread
    this.tcCount[n] = count
    this.nTc = n + 1
  }

  /** Run queue `queue` now holds `length` tasks; several changes at one instant leave one sample. */
  queueLength(time: number, queue: number, length: number): void {
    if (!this.recording) return
    if (this.lastRqTime[queue] === time) {
      this.rqLength[this.lastRq[queue]] = length
      this.lastRqLength[queue] = length
      return
    }
    if (this.lastRq[queue] >= 0 && this.lastRqLength[queue] === length) return
    const n = this.nRq
    if (n === this.rqTime.length) {
      const m = nextCapacity(n, this.maxSt)
      this.rqTime = grow(this.rqTime, m)
      this.rqQueue = grow(this.rqQueue, m)
      this.rqLength = grow(this.rqLength, m)
    }
    this.rqTime[n] = time
    this.rqQueue[n] = queue
    this.rqLength[n] = length
    this.lastRq[queue] = n
    this.lastRqTime[queue] = time
    this.lastRqLength[queue] = length
    this.nRq = n + 1
  }

  /** A fair-scheduling sample (see TraceData.fairSamples); a second one for the same thread at the same instant replaces the first. */
  fair(time: number, task: number, vruntime: number, lag: number, deadline: number): void {
    if (!this.recording) return
    let n = this.nFs
    if (n > 0 && this.fsTime[n - 1] === time && this.fsTask[n - 1] === task) n--
    else if (n === this.fsTime.length) {
      const m = nextCapacity(Math.max(n, 512), this.maxSt)
      this.fsTime = grow(this.fsTime, m)
      this.fsTask = grow(this.fsTask, m)
      this.fsVruntime = grow(this.fsVruntime, m)
      this.fsLag = grow(this.fsLag, m)
      this.fsDeadline = grow(this.fsDeadline, m)
    }
    this.fsTime[n] = time
    this.fsTask[n] = task
    this.fsVruntime[n] = vruntime
    this.fsLag[n] = lag
    this.fsDeadline[n] = deadline
    this.nFs = n + 1
  }

  /** Channel `channel` now holds `occupancy` values; a second change at the same instant replaces the first. */
  channelOccupancy(time: number, channel: number, occupancy: number): void {
    if (!this.recording) return
    let n = this.nCh
    if (n > 0 && this.chTime[n - 1] === time && this.chChannel[n - 1] === channel) n--
    else if (n === this.chTime.length) {
      const m = nextCapacity(Math.max(n, 512), this.maxSt)
      this.chTime = grow(this.chTime, m)
      this.chChannel = grow(this.chChannel, m)
      this.chOccupancy = grow(this.chOccupancy, m)
    }
    this.chTime[n] = time
    this.chChannel[n] = channel
    this.chOccupancy[n] = occupancy
    this.nCh = n + 1
  }

  /** A rendezvous hand-off (see TraceData.hoCount). */
  handOff(
    time: number,
    channel: number,
    fromThread: number,
    fromCoroutine: number,
    toThread: number,
    toCoroutine: number
  ): void {
    if (!this.recording) return
    const n = this.nHo
    if (n === this.hoTime.length) {
      const m = nextCapacity(Math.max(n, 512), this.maxDec)
      this.hoTime = grow(this.hoTime, m)
      this.hoChannel = grow(this.hoChannel, m)
      this.hoFromThread = grow(this.hoFromThread, m)
      this.hoFromCoroutine = grow(this.hoFromCoroutine, m)
      this.hoToThread = grow(this.hoToThread, m)
      this.hoToCoroutine = grow(this.hoToCoroutine, m)
    }
    this.hoTime[n] = time
    this.hoChannel[n] = channel
    this.hoFromThread[n] = fromThread
    this.hoFromCoroutine[n] = fromCoroutine
    this.hoToThread[n] = toThread
    this.hoToCoroutine[n] = toCoroutine
    this.nHo = n + 1
  }

  /** Bytes held by the segment columns (allocated, not just used). */
  segmentBytes(): number {
    return (
      this.segStart.byteLength +
      this.segEnd.byteLength +
      this.segCpu.byteLength +
      this.segTask.byteLength +
      this.segKind.byteLength +
      this.segReason.byteLength +
      this.segCoroutine.byteLength +
      this.segWarm.byteLength
    )
  }

  /**
   * The columns trimmed to what was written. Copies while a run can still write, so the result
   * never changes under its reader; with `final` (the run has ended) views of the columns
   * themselves, so a trace at its budget is not held twice while the result is built.
   */
  data(final = false): TraceData {
    const n = this.nSeg
    const m = this.nSt
    const d = this.nDec
    const q = this.nRq
    const f = this.nFs
    const w = this.nDraw
    const tc = this.nTc
    const ch = this.nCh
    const ho = this.nHo
    const cut = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: T, k: number) =>
      (final ? a.subarray(0, k) : a.slice(0, k)) as T
    return {
      segments: n,
      segStart: cut(this.segStart, n),
      segEnd: cut(this.segEnd, n),
      segCpu: cut(this.segCpu, n),
      segTask: cut(this.segTask, n),
      segKind: cut(this.segKind, n),
      segReason: cut(this.segReason, n),
      segCoroutine: cut(this.segCoroutine, n),
      segWarm: cut(this.segWarm, n),
      decisions: d,
      decTime: cut(this.decTime, d),
      decCpu: cut(this.decCpu, d),
      decTask: cut(this.decTask, d),
      decPrev: cut(this.decPrev, d),
      decPrevReason: cut(this.decPrevReason, d),
      decQueued: cut(this.decQueued, d),
      decFrom: cut(this.decFrom, d),
      runQueues: this.runQueues,
      rqSamples: q,
      rqTime: cut(this.rqTime, q),
      rqQueue: cut(this.rqQueue, q),
      rqLength: cut(this.rqLength, q),
      states: m,
      stTime: cut(this.stTime, m),
      stTask: cut(this.stTask, m),
      stState: cut(this.stState, m),
      stBlock: cut(this.stBlock, m),
      stQueue: cut(this.stQueue, m),
      fairSamples: f,
      fsTime: cut(this.fsTime, f),
      fsTask: cut(this.fsTask, f),
      fsVruntime: cut(this.fsVruntime, f),
      fsLag: cut(this.fsLag, f),
      fsDeadline: cut(this.fsDeadline, f),
      draws: w,
      drawTime: cut(this.drawTime, w),
      drawQueue: cut(this.drawQueue, w),
      drawRandom: cut(this.drawRandom, w),
      drawTicket: cut(this.drawTicket, w),
      drawTotal: cut(this.drawTotal, w),
      drawTask: cut(this.drawTask, w),
      chSamples: ch,
      chTime: cut(this.chTime, ch),
      chChannel: cut(this.chChannel, ch),
      chOccupancy: cut(this.chOccupancy, ch),
      hoCount: ho,
      hoTime: cut(this.hoTime, ho),
      hoChannel: cut(this.hoChannel, ho),
      hoFromThread: cut(this.hoFromThread, ho),
      hoFromCoroutine: cut(this.hoFromCoroutine, ho),
      hoToThread: cut(this.hoToThread, ho),
      hoToCoroutine: cut(this.hoToCoroutine, ho),
      tcSamples: tc,
      tcTime: cut(this.tcTime, tc),
      tcThread: cut(this.tcThread, tc),
      tcCount: cut(this.tcCount, tc)
    }
  }

  private growSegments(): void {
    const n = nextCapacity(this.segStart.length, this.maxSeg)
    this.segStart = grow(this.segStart, n)
    this.segEnd = grow(this.segEnd, n)
    this.segCpu = grow(this.segCpu, n)
    this.segTask = grow(this.segTask, n)
    this.segKind = grow(this.segKind, n)
    this.segReason = grow(this.segReason, n)
    this.segCoroutine = grow(this.segCoroutine, n)
    this.segWarm = grow(this.segWarm, n)
  }

  private growStates(): void {
    const n = nextCapacity(this.stTime.length, this.maxSt)
    this.stTime = grow(this.stTime, n)
    this.stTask = grow(this.stTask, n)
    this.stState = grow(this.stState, n)
    this.stBlock = grow(this.stBlock, n)
    this.stQueue = grow(this.stQueue, n)
  }
}
