// A run queue ordered by (pass, thread id): a binary min-heap, smallest pass first and the
// lowest thread id among equal passes (stride's tie rule).
export class PassQueue {
  private ids: number[] = []
  private keys: number[] = []

  get length(): number {
    return this.ids.length
  }

  push(id: number, key: number): void {
    this.ids.push(id)
    this.keys.push(key)
    this.up(this.ids.length - 1)
  }

  /** Removes the first task in (pass, id) order that the predicate accepts. */
  popFirst(accept?: (id: number) => boolean): number | null {
    if (this.ids.length === 0) return null
    if (!accept || accept(this.ids[0])) return this.removeAt(0)
    let best = -1
    for (let i = 0; i < this.ids.length; i++)
      if (accept(this.ids[i]) && (best < 0 || this.before(i, best))) best = i
    return best < 0 ? null : this.removeAt(best)
  }

  remove(id: number): boolean {
    const i = this.ids.indexOf(id)
    if (i < 0) return false
    this.removeAt(i)
    return true
  }

  toArray(): number[] {
    return this.ids
      .map((_, i) => i)
      .sort((a, b) => (this.before(a, b) ? -1 : 1))
      .map((i) => this.ids[i])
  }

  private before(a: number, b: number): boolean {
    const ka = this.keys[a]
    const kb = this.keys[b]
    return ka < kb || (ka === kb && this.ids[a] < this.ids[b])
  }

  private swap(a: number, b: number): void {
    ;[this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]]
    ;[this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]]
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
    this.swap(i, last)
    this.ids.pop()
    this.keys.pop()
    if (i < last) {
      this.down(i)
      this.up(i)
    }
    return id
  }
}
