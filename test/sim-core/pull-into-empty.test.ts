// balance.pull "one-if-empty" on plain arrays: which task moves where, worked by hand.
import { describe, expect, it } from 'vitest'
import { pullIntoEmpty } from '../../sim-core/sched/pull-into-empty'

function pass(queues: number[][], pinned: Set<number> = new Set()): number[][] {
  const qs = queues.map((q) => [...q])
  pullIntoEmpty(qs.length, {
    queued: (c) => qs[c],
    mayMove: (t) => !pinned.has(t),
    move: (t, from, to) => {
      qs[from].splice(qs[from].indexOf(t), 1)
      qs[to].push(t)
    }
  })
  return qs
}

describe('pullIntoEmpty', () => {
  it('gives an empty queue the first task of the other queue, one task only', () => {
    // Core 0 is empty: it takes 5, the head of core 1's queue, and nothing more.
    expect(pass([[], [5, 6, 7]])).toEqual([[5], [6, 7]])
  })

  it('leaves queues alone when none is empty', () => {
    expect(pass([[1], [2, 3]])).toEqual([[1], [2, 3]])
  })

  it('visits cores in order: a core emptied by a lower one pulls the task back', () => {
    // Core 0 takes 9 from core 1, whose queue is then empty: core 1 takes it back (upstream too).
    expect(pass([[], [9]])).toEqual([[], [9]])
  })

  it('never moves a task balancing may not move; takes the first one it may', () => {
    // 4 is pinned: core 0 takes 5, the first movable task of core 1's queue.
    expect(pass([[], [4, 5]], new Set([4]))).toEqual([[5], [4]])
    expect(pass([[], [4]], new Set([4]))).toEqual([[], [4]])
  })

  it('with more cores, robs the longest queue holding a movable task (ties: the lowest core)', () => {
    // Core 0 empty: core 2 (3 tasks) is longer than core 1 (2 tasks), so core 0 takes 20.
    // Core 3 empty: cores 1 and 2 now both hold 2: the lower, core 1, gives 10.
    expect(pass([[], [10, 11], [20, 21, 22], []])).toEqual([[20], [11], [21, 22], [10]])
    // Core 2's tasks are all pinned: core 0 takes 10 from core 1 although core 2 is longer;
    // core 1, now empty, then finds only 10 movable (on core 0) and takes it back.
    expect(pass([[], [10], [20, 21]], new Set([20, 21]))).toEqual([[], [10], [20, 21]])
    expect(pass([[], [10, 11], [20, 21]], new Set([20, 21]))).toEqual([[10], [11], [20, 21]])
  })
})
