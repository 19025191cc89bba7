// Ready-queue structures shared by the policies.

/** A FIFO queue of ids (circular buffer) with head insertion for preempted tasks. */
export class FifoQueue {
  private buf = new Int32Array(64)
  private head = 0
  private size = 0

  get length(): number {
    return this.size
  }

  pushBack(id: number): void {
    if (this.size === this.buf.length) this.growBuffer()
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = id
    this.size++
  }

  pushFront(id: number): void {
    if (this.size === this.buf.length) this.growBuffer()
    this.head = (this.head - 1) & (this.buf.length - 1)
    this.buf[this.head] = id
    this.size++
  }

  /** Removes and returns the first task the predicate accepts (the head, unless affinity says otherwise). */
  popFirst(accept?: (id: number) => boolean): number | null {
    if (this.size === 0) return null
    if (!accept) {
      const id = this.buf[this.head]
      this.head = (this.head + 1) & (this.buf.length - 1)
      this.size--
      return id
    }
    for (let k = 0; k < this.size; k++) {
      const id = this.buf[(this.head + k) & (this.buf.length - 1)]
      if (accept(id)) {
        this.removeAt(k)
        return id
      }
    }
    return null
  }

  remove(id: number): boolean {
    for (let k = 0; k < this.size; k++) {
      if (this.buf[(this.head + k) & (this.buf.length - 1)] === id) {
        this.removeAt(k)
        return true
      }
    }
    return false
  }

  toArray(): number[] {
    const out: number[] = []
    for (let k = 0; k < this.size; k++) out.push(this.buf[(this.head + k) & (this.buf.length - 1)])
    return out
  }

  private removeAt(k: number): void {
    const mask = this.buf.length - 1
    if (k === 0) {
      this.head = (this.head + 1) & mask
      this.size--
      return
    }
    for (let j = k; j < this.size - 1; j++)
      this.buf[(this.head + j) & mask] = this.buf[(this.head + j + 1) & mask]
    this.size--
  }

  private growBuffer(): void {
    const next = new Int32Array(this.buf.length * 2)
    for (let k = 0; k < this.size; k++) next[k] = this.buf[(this.head + k) & (this.buf.length - 1)]
    this.buf = next
    this.head = 0
  }
}

/**
 * A run queue ordered by (key, seq): smallest key first, FIFO among equal keys; or, with
 * `tieById` (stride), the lowest task id first among equal keys.
 */
export class KeyedRunQueue {
  private ids: number[] = []
  private keys: number[] = []
  private seqs: number[] = []
  private seq = 0

  constructor(private readonly tieById = false) {}

  get length(): number {
    return this.ids.length
  }

  /** `front` reuses a sequence number ahead of every queued task, so the task leads its key class. */
  push(id: number, key: number, front = false): void {
    const seq = this.tieById ? id : front ? -++this.seq : ++this.seq
    this.ids.push(id)
    this.keys.push(key)
    this.seqs.push(seq)
    this.up(this.ids.length - 1)
  }

  peekKey(): number {
    return this.ids.length > 0 ? this.keys[0] : Infinity
  }

  /** Removes the best task the predicate accepts. */
  popFirst(accept?: (id: number) => boolean): number | null {
    if (this.ids.length === 0) return null
    if (!accept || accept(this.ids[0])) return this.removeAt(0)
    // Affinity rejected the head: take the best acceptable one by scanning (rare: pinned tasks).
    let best = -1
    for (let i = 0; i < this.ids.length; i++) {
      if (accept(this.ids[i]) && (best < 0 || this.before(i, best))) best = i
    }
    return best < 0 ? null : this.removeAt(best)
  }

  remove(id: number): boolean {
    const i = this.ids.indexOf(id)
    if (i < 0) return false
    this.removeAt(i)
    return true
  }

  /** Visits every queued task with its key, in no particular order. */
  forEach(visit: (id: number, key: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) visit(this.ids[i], this.keys[i])
  }

  /** Re-key every task (aging), keeping FIFO order among equals. */
  rekey(keyOf: (id: number) => number): void {
    const entries = this.ids.map((id, i) => ({ id, seq: this.seqs[i] }))
    this.ids = []
    this.keys = []
    this.seqs = []
    for (const e of entries) {
      this.ids.push(e.id)
      this.keys.push(keyOf(e.id))
      this.seqs.push(e.seq)
      this.up(this.ids.length - 1)
    }
  }

  toArray(): number[] {
    const order = this.ids.map((_, i) => i).sort((a, b) => (this.before(a, b) ? -1 : 1))
    return order.map((i) => this.ids[i])
  }

  private before(a: number, b: number): boolean {
    return (
      this.keys[a] < this.keys[b] || (this.keys[a] === this.keys[b] && this.seqs[a] < this.seqs[b])
    )
  }

  private swap(a: number, b: number): void {
    ;[this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]]
    ;[this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]]
    ;[this.seqs[a], this.seqs[b]] = [this.seqs[b], this.seqs[a]]
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.before(i, p)) break
      this.swap(i, p)
      i = p
    }
  }

  private down(i: number): void {
    const n = this.ids.length
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) return
      const r = l + 1
      const c = r < n && this.before(r, l) ? r : l
      if (!this.before(c, i)) return
      this.swap(c, i)
      i = c
    }
  }

  private removeAt(i: number): number {
    const id = this.ids[i]
    const last = this.ids.length - 1
    if (i !== last) {
      this.swap(i, last)
      this.ids.pop()
      this.keys.pop()
      this.seqs.pop()
      this.down(i)
      this.up(i)
    } else {
      this.ids.pop()
      this.keys.pop()
      this.seqs.pop()
    }
    return id
  }
}

/** Ready tasks picked cyclically by id after the core's previous task (process-run.py's next_proc). */
export class CyclicReadySet {
  private ready: Uint8Array
  private count = 0

  constructor(size: number) {
    this.ready = new Uint8Array(size)
  }

  get length(): number {
    return this.count
  }

  add(id: number): void {
    if (this.ready[id] === 0) {
      this.ready[id] = 1
      this.count++
    }
  }

  remove(id: number): boolean {
    if (this.ready[id] === 0) return false
    this.ready[id] = 0
    this.count--
    return true
  }

  /** The first ready id in after+1, ..., n-1, 0, ..., after that the predicate accepts. */
  popAfter(after: number, accept?: (id: number) => boolean): number | null {
    const n = this.ready.length
    if (this.count === 0) return null
    for (let k = 1; k <= n; k++) {
      const id = (((after + k) % n) + n) % n
      if (this.ready[id] === 1 && (!accept || accept(id))) {
        this.remove(id)
        return id
      }
    }
    return null
  }

  toArray(): number[] {
    const out: number[] = []
    this.ready.forEach((r, id) => r && out.push(id))
    return out
  }
}

/** A run queue as the engine holds it (policy.ts): the policy's structure and the engine's count. */
export class EngineRunQueue<Q = unknown> {
  length = 0

  constructor(
    readonly id: number,
    readonly cpu: number,
    readonly q: Q
  ) {}
}
