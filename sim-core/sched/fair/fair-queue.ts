// One fair run queue (the kernel's cfs_rq): the queued threads ordered by (vruntime, seq) as the
// red-black tree orders them (a sorted array with binary insertion: queues here hold tens of
// threads), the threads picked from it and running now (cfs_rq->curr; several cores share one
// global queue), and the queue's min_vruntime, the zero point its threads are placed against.

export class FairQueue {
  /** Queued threads, leftmost first: ascending vruntime, then enqueue order. */
  readonly ids: number[] = []
  private readonly keys: number[] = []
  private readonly seqs: number[] = []
  /** Threads picked from this queue that are on a core now. */
  readonly running: number[] = []
  /** Monotonic: never decreases (update_min_vruntime). */
  minVruntime = 0

  get length(): number {
    return this.ids.length
  }

  insert(id: number, vruntime: number, seq: number): void {
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
    this.keys.splice(i, 1)
    this.seqs.splice(i, 1)
    return id
  }

  seqAt(i: number): number {
    return this.seqs[i]
  }

  stopRunning(id: number): void {
    const i = this.running.indexOf(id)
    if (i >= 0) this.running.splice(i, 1)
  }
}
