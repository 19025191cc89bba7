// The ready jobs of a real-time class: a binary heap ordered by (key, tie), smallest first. EDF
// keys by absolute deadline and RM by period, both with the thread's index as the tie (the thread
// listed first in the scenario wins, as SimSo's EDF.py does); the fifo class keys every job 0 and
// ties by queueing order (SCHED_FIFO at one priority).

export class RtQueue {
  private ids = new Int32Array(16)
  private keys = new Float64Array(16)
  private ties = new Float64Array(16)
  private size = 0

  get length(): number {
    return this.size
  }

  push(id: number, key: number, tie: number): void {
    if (this.size === this.ids.length) this.grow()
    const i = this.size++
    this.ids[i] = id
    this.keys[i] = key
    this.ties[i] = tie
    this.up(i)
  }

  /** The smallest key queued (Infinity when empty). */
  peekKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity
  }

  /** The smallest key among the tasks the predicate accepts (Infinity when none). */
  peekKeyOf(accept: (id: number) => boolean): number {
    let best = Infinity
    for (let i = 0; i < this.size; i++)
      if (this.keys[i] < best && accept(this.ids[i])) best = this.keys[i]
    return best
  }

  /** Removes the best task the predicate accepts. */
  popFirst(accept?: (id: number) => boolean): number | null {
    if (this.size === 0) return null
    if (!accept || accept(this.ids[0])) return this.removeAt(0)
    // Affinity rejected the head: scan for the best acceptable one (rare: pinned threads).
    let best = -1
    for (let i = 0; i < this.size; i++)
      if (accept(this.ids[i]) && (best < 0 || this.before(i, best))) best = i
    return best < 0 ? null : this.removeAt(best)
  }

  has(id: number): boolean {
    for (let i = 0; i < this.size; i++) if (this.ids[i] === id) return true
    return false
  }

  remove(id: number): boolean {
    for (let i = 0; i < this.size; i++) {
      if (this.ids[i] === id) {
        this.removeAt(i)
        return true
      }
    }
    return false
  }

  toArray(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i)
    order.sort((a, b) => (this.before(a, b) ? -1 : 1))
    return order.map((i) => this.ids[i])
  }

  private before(a: number, b: number): boolean {
    const ka = this.keys[a]
    const kb = this.keys[b]
    return ka < kb || (ka === kb && this.ties[a] < this.ties[b])
  }

  private swap(a: number, b: number): void {
    const id = this.ids[a]
    this.ids[a] = this.ids[b]
    this.ids[b] = id
    const k = this.keys[a]
    this.keys[a] = this.keys[b]
    this.keys[b] = k
    const t = this.ties[a]
    this.ties[a] = this.ties[b]
    this.ties[b] = t
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.before(i, p)) return
      this.swap(i, p)
      i = p
    }
  }

  private down(i: number): void {
    const n = this.size
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
    const last = --this.size
    if (i !== last) {
      this.ids[i] = this.ids[last]
      this.keys[i] = this.keys[last]
      this.ties[i] = this.ties[last]
      this.down(i)
      this.up(i)
    }
    return id
  }

  private grow(): void {
    const n = this.ids.length * 2
    const ids = new Int32Array(n)
    ids.set(this.ids)
    const keys = new Float64Array(n)
    keys.set(this.keys)
    const ties = new Float64Array(n)
    ties.set(this.ties)
    this.ids = ids
    this.keys = keys
    this.ties = ties
  }
}
