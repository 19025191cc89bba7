// A run queue that keeps its tasks in thread-id order (lottery's scan order): a sorted array,
// since a lottery scans every ready thread at each draw anyway.
export class IdOrderedSet {
  private ids: number[] = []

  get length(): number {
    return this.ids.length
  }

  add(id: number): void {
    const ids = this.ids
    let lo = 0
    let hi = ids.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ids[mid] < id) lo = mid + 1
      else hi = mid
    }
    if (ids[lo] !== id) ids.splice(lo, 0, id)
  }

  remove(id: number): boolean {
    const k = this.ids.indexOf(id)
    if (k < 0) return false
    this.ids.splice(k, 1)
    return true
  }

  /** The tasks in id order (the array itself: read it, do not keep it across changes). */
  toArray(): readonly number[] {
    return this.ids
  }
}
