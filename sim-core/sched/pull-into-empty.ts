// Balancing with `balance.pull: "one-if-empty"` (OSTEP multi.py's peek): each core whose run
// queue is empty, in core order, pulls one queued task from another core's queue. Cores are
// visited one after the other, so a core that has just lost its only queued task to a lower core
// may pull one itself later in the same pass (upstream's loop does the same).

export interface BalanceQueues {
  /** The tasks queued on `cpu`, in the order they would be picked. */
  queued(cpu: number): readonly number[]
  /** Whether `task` may run on `cpu` and balancing may move it (movePinned). */
  mayMove(task: number, cpu: number): boolean
  /** Takes `task` out of `from`'s queue and puts it at the tail of `to`'s. */
  move(task: number, from: number, to: number): void
}

/**
 * One pass. The victim is the longest other queue holding a task the thief may take (ties: the
 * lowest core), and the task is the first such one in it. With two cores that is upstream's only
 * choice; with more, upstream draws the victim from Python's RNG, and the two agree whenever its
 * answer does not depend on the draw.
 */
export function pullIntoEmpty(cores: number, q: BalanceQueues): void {
  for (let thief = 0; thief < cores; thief++) {
    if (q.queued(thief).length > 0) continue
    let victim = -1
    let task = -1
    let longest = 0
    for (let c = 0; c < cores; c++) {
      if (c === thief) continue
      const tasks = q.queued(c)
      if (tasks.length <= longest) continue
      const first = tasks.find((t) => q.mayMove(t, thief))
      if (first === undefined) continue
      victim = c
      task = first
      longest = tasks.length
    }
    if (victim >= 0) q.move(task, victim, thief)
  }
}
