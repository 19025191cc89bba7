import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { TaskSetBound } from '../../../sim-core'
import { translator } from '../../../renderer/src/i18n/translate'
import { missesPerThread } from '../../../renderer/src/features/results/job-misses'
import { TaskSetBoundNote } from '../../../renderer/src/components/TaskSetBoundNote'
import { jobColumns, type JobRow } from '../../../renderer/src/features/charts/table-columns'

const job = (thread: string, k: number, missed: boolean, aborted = false): JobRow => ({
  thread,
  job: k,
  release: k * 10,
  deadline: k * 10 + 10,
  finish: aborted ? null : k * 10 + 5,
  response: aborted ? null : 5,
  missed,
  ...(aborted ? { aborted: true as const } : {})
})

const base: TaskSetBound = {
  tasks: 2,
  cores: 1,
  utilization: 0.95,
  rmBound: 0.8284271247,
  rmGuaranteed: false,
  edfGuaranteed: true,
  overloaded: false,
  constrainedDeadlines: false
}

describe('missesPerThread', () => {
  it('counts jobs and misses per thread in first-appearance order', () => {
    const rows = [job('v', 0, true), job('a', 0, false), job('v', 1, false), job('v', 2, true)]
    expect(missesPerThread(rows)).toEqual([
      { thread: 'v', jobs: 3, missed: 2 },
      { thread: 'a', jobs: 1, missed: 0 }
    ])
  })
})

describe('jobColumns', () => {
  it('words a dropped job apart from a late one', () => {
    const outcome = jobColumns('ms').find((c) => c.key === 'missed')
    expect(outcome?.render?.(job('v', 0, true, true))).toBe('missed (dropped at its deadline)')
    expect(outcome?.render?.(job('v', 0, true))).toBe('missed')
    expect(outcome?.render?.(job('v', 0, false))).toBe('met')
  })
})

describe('TaskSetBoundNote', () => {
  const t = translator('en')
  it('one core, U = 0.95: RM not guaranteed (bound 0.828), EDF schedulable', () => {
    render(<TaskSetBoundNote bound={base} t={t} lang="en" />)
    expect(screen.getByTestId('task-set-bound').textContent).toContain('0.950')
    expect(screen.getByTestId('task-set-rm').textContent).toMatch(
      /0\.828 for n = 2.*not guaranteed/
    )
    expect(screen.getByTestId('task-set-edf').textContent).toMatch(/schedulable by the bound/)
  })

  it('several cores: the global bound is only necessary, and says so', () => {
    render(<TaskSetBoundNote bound={{ ...base, cores: 2, edfGuaranteed: false }} t={t} lang="en" />)
    expect(screen.queryByTestId('task-set-edf')).toBeNull()
    expect(screen.getByTestId('task-set-bound').textContent).toMatch(/not optimal/)
  })

  it('overloaded: U above the cores says deadlines will be missed', () => {
    const over = { ...base, utilization: 1.25, edfGuaranteed: false, overloaded: true }
    render(<TaskSetBoundNote bound={over} t={t} lang="en" />)
    expect(screen.getByTestId('task-set-edf').textContent).toMatch(/overloaded/)
  })

  it('no periodic thread: nothing is shown', () => {
    const { container } = render(<TaskSetBoundNote bound={{ ...base, tasks: 0 }} t={t} lang="en" />)
    expect(container.textContent).toBe('')
  })
})
