// Binary min-heap of events ordered by (time, priority, seq). The heap keeps each entry's keys
// in position-indexed typed arrays (no indirection when sifting); the event's payload lives in
// handle-indexed arrays, so pushing allocates nothing once they have grown. Cancellation is
// lazy: a cancelled handle is skipped when it reaches the top.

/** priority * 2^36 + seq: one number orders equal times by priority, then FIFO. */
const PRIORITY_SHIFT = 68719476736

export class EventQueue {
  // By heap position.
  private hTime = new Float64Array(1024)
  private hOrder = new Float64Array(1024)
  private hHandle = new Int32Array(1024)
  private size = 0
  // By handle.
  // 16 bits: a cluster gives each node its own block of kinds (cluster/node-engine.ts).
  private kind = new Uint16Array(1024)
  private subject = new Int32Array(1024)
  private time = new Float64Array(1024)
  private cancelled = new Uint8Array(1024)
  private free = new Int32Array(1024)
  private freeCount = 0
  private next = 0
  private seq = 0

  get length(): number {
    return this.size
  }

  push(time: number, priority: number, kind: number, subject: number): number {
    const h = this.freeCount > 0 ? this.free[--this.freeCount] : this.allocate()
    this.kind[h] = kind
    this.subject[h] = subject
    this.time[h] = time
    this.cancelled[h] = 0
    const order = priority * PRIORITY_SHIFT + this.seq++
    if (this.size === this.hTime.length) this.growHeap()
    const hTime = this.hTime
    const hOrder = this.hOrder
    const hHandle = this.hHandle
    let i = this.size++
    while (i > 0) {
      const p = (i - 1) >> 1
      const pt = hTime[p]
      if (time < pt || (time === pt && order < hOrder[p])) {
        hTime[i] = pt
        hOrder[i] = hOrder[p]
        hHandle[i] = hHandle[p]
        i = p
      } else break
    }
    hTime[i] = time
    hOrder[i] = order
    hHandle[i] = h
    return h
  }

  cancel(handle: number): void {
    this.cancelled[handle] = 1
  }

  /** Time of the earliest live event, or Infinity. */
  peekTime(): number {
    while (this.size > 0 && this.cancelled[this.hHandle[0]] === 1) this.release(this.removeTop())
    return this.size > 0 ? this.hTime[0] : Infinity
  }

  /** Removes the earliest live event and returns its handle; read it with kindOf/subjectOf/timeOf before the next push. */
  pop(): number {
    for (;;) {
      if (this.size === 0) return -1
      const h = this.removeTop()
      this.release(h)
      if (this.cancelled[h] === 0) return h
    }
  }

  kindOf(h: number): number {
    return this.kind[h]
  }
  subjectOf(h: number): number {
    return this.subject[h]
  }
  timeOf(h: number): number {
    return this.time[h]
  }

  private removeTop(): number {
    const hTime = this.hTime
    const hOrder = this.hOrder
    const hHandle = this.hHandle
    const top = hHandle[0]
    const n = --this.size
    const lt = hTime[n]
    const lo = hOrder[n]
    const lh = hHandle[n]
    let i = 0
    for (;;) {
      let c = 2 * i + 1
      if (c >= n) break
      const r = c + 1
      if (r < n && (hTime[r] < hTime[c] || (hTime[r] === hTime[c] && hOrder[r] < hOrder[c]))) c = r
      if (hTime[c] < lt || (hTime[c] === lt && hOrder[c] < lo)) {
        hTime[i] = hTime[c]
        hOrder[i] = hOrder[c]
        hHandle[i] = hHandle[c]
        i = c
      } else break
    }
    hTime[i] = lt
    hOrder[i] = lo
    hHandle[i] = lh
    return top
  }

  /** The handle may be reused by the next push (its payload stays readable until then). */
  private release(h: number): void {
    if (this.freeCount === this.free.length) this.free = grow(this.free, this.free.length * 2)
    this.free[this.freeCount++] = h
  }

  private growHeap(): void {
    const n = this.hTime.length * 2
    this.hTime = grow(this.hTime, n)
    this.hOrder = grow(this.hOrder, n)
    this.hHandle = grow(this.hHandle, n)
  }

  private allocate(): number {
    const h = this.next++
    if (h >= this.kind.length) {
      const n = this.kind.length * 2
      this.kind = grow(this.kind, n)
      this.subject = grow(this.subject, n)
      this.time = grow(this.time, n)
      this.cancelled = grow(this.cancelled, n)
    }
    return h
  }
}

type TypedArray =
  | Float64Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint8Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>

/** A copy of `a` with room for `n` elements. */
export function grow<T extends TypedArray>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n)
  b.set(a)
  return b
}
