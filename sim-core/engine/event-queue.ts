// Binary min-heap of events ordered by (time, priority, seq). Events live in parallel typed
// arrays and are addressed by handle, so pushing allocates nothing once the arrays have grown.
// Cancellation is lazy: a cancelled handle is skipped when it reaches the top.

export class EventQueue {
  private time = new Float64Array(1024)
  /** priority * 2^36 + seq: one comparison orders equal times by priority, then FIFO. */
  private order = new Float64Array(1024)
  private kind = new Uint8Array(1024)
  private subject = new Int32Array(1024)
  private cancelled = new Uint8Array(1024)
  private heap = new Int32Array(1024)
  private size = 0
  private free: number[] = []
  private next = 0
  private seq = 0

  get length(): number {
    return this.size
  }

  push(time: number, priority: number, kind: number, subject: number): number {
    const h = this.free.length > 0 ? (this.free.pop() as number) : this.allocate()
    this.time[h] = time
    this.order[h] = priority * 68719476736 + this.seq++
    this.kind[h] = kind
    this.subject[h] = subject
    this.cancelled[h] = 0
    let i = this.size++
    if (i >= this.heap.length) this.heap = grow(this.heap, this.heap.length * 2)
    const heap = this.heap
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = heap[parent]
      if (this.less(h, p)) {
        heap[i] = p
        i = parent
      } else break
    }
    heap[i] = h
    return h
  }

  cancel(handle: number): void {
    this.cancelled[handle] = 1
  }

  /** Time of the earliest live event, or Infinity. */
  peekTime(): number {
    this.dropCancelled()
    return this.size > 0 ? this.time[this.heap[0]] : Infinity
  }

  /** Removes the earliest live event and returns its handle (read it with kindOf/subjectOf/timeOf before the next push). */
  pop(): number {
    this.dropCancelled()
    if (this.size === 0) return -1
    const top = this.heap[0]
    this.removeTop()
    this.free.push(top)
    return top
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

  private dropCancelled(): void {
    while (this.size > 0 && this.cancelled[this.heap[0]] === 1) {
      const top = this.heap[0]
      this.removeTop()
      this.free.push(top)
    }
  }

  private removeTop(): void {
    const heap = this.heap
    const last = heap[--this.size]
    const n = this.size
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const c = r < n && this.less(heap[r], heap[l]) ? r : l
      if (this.less(heap[c], last)) {
        heap[i] = heap[c]
        i = c
      } else break
    }
    heap[i] = last
  }

  private less(a: number, b: number): boolean {
    const ta = this.time[a]
    const tb = this.time[b]
    return ta < tb || (ta === tb && this.order[a] < this.order[b])
  }

  private allocate(): number {
    const h = this.next++
    if (h >= this.time.length) {
      const n = this.time.length * 2
      this.time = grow(this.time, n)
      this.order = grow(this.order, n)
      this.kind = grow(this.kind, n)
      this.subject = grow(this.subject, n)
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
