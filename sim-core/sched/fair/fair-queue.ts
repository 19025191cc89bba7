// One fair run queue (the kernel's cfs_rq): the queued threads ordered by (vruntime, seq) as the
// red-black tree orders them (a sorted array with binary insertion: queues here hold tens of
// threads), the threads picked from it and running now (cfs_rq->curr; several cores share one
// global queue), the queue's min_vruntime, the zero point its threads are placed against, and
// avg_vruntime's running sums over the queued and running threads (cfs_rq->avg_vruntime and
// avg_load): Σ w·(v − min_vruntime) and Σ w, kept up to date here and in fair-state.ts instead
// of summed over the queue at every use. All terms are integers, so the sums are exact.

export class FairQueue {
  /** Queued threads, leftmost first: ascending vruntime, then enqueue order. */
  readonly ids: number[] = []
  private readonly keys: number[] = []
  private readonly seqs: number[] = []
  private readonly weights: number[] = []
  /** Threads picked from this queue that are on a core now. */
  readonly running: number[] = []
  /** Monotonic: never decreases (update_min_vruntime). */
  minVruntime = 0
  /** Σ w·(v − minVruntime) and Σ w over the queued and running threads. */
  avg = 0
  load = 0

  get length(): number {
    return this.ids.length
  }

  insert(id: number, vruntime: number, seq: number, weight: number): void {
    let lo = 0
    let hi = this.ids.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const k = this.keys[mid]
      if (k < vruntime || (k === vruntime && this.seqs[mid] < seq)) lo = mid + 1
      else hi = mid
    }
    this.ids.splice(lo, 0, id)
    this.keys.splice(lo, 0, vruntime)
    this.seqs.splice(lo, 0, seq)
    this.weights.splice(lo, 0, weight)
    this.count(vruntime, weight)
  }

  remove(id: number): boolean {
    const i = this.ids.indexOf(id)
    if (i < 0) return false
    this.removeAt(i)
    return true
  }

  removeAt(i: number): number {
    const id = this.ids[i]
    this.ids.splice(i, 1)
    this.seqs.splice(i, 1)
    // A queued thread's vruntime does not change while it is queued: its key is its vruntime.
    this.count(this.keys[i], -this.weights[i])
    this.keys.splice(i, 1)
    this.weights.splice(i, 1)
    return id
  }

  seqAt(i: number): number {
    return this.seqs[i]
  }

  /** Adds (weight > 0) or takes out (weight < 0) a thread at `vruntime` from the sums. */
  count(vruntime: number, weight: number): void {
    this.avg += (vruntime - this.minVruntime) * weight
    this.load += weight
  }

  /** update_min_vruntime's store, moving the sums' zero point with it (avg_vruntime_update). */
  setMinVruntime(m: number): void {
    this.avg -= this.load * (m - this.minVruntime)
    this.minVruntime = m
  }

  stopRunning(id: number): boolean {
    const i = this.running.indexOf(id)
    if (i < 0) return false
    this.running.splice(i, 1)
    return true
  }
}
