import { expect, it } from 'vitest'
import { summaryFields } from '../../../renderer/src/features/results/summary-fields'
import { runExample } from '../../helpers/examples'

it('shows no average turnaround or fairness for a run in which no thread finished', () => {
  const deadlocked = summaryFields(runExample('dining-philosophers'))
  const text = (key: string) => deadlocked.find((f) => f.key === key)?.text
  expect(text('avgTurnaround')).toBe('—')
  expect(text('fairness')).toBe('—')
  const completed = summaryFields(runExample('dining-philosophers-ordered'))
  expect(completed.find((f) => f.key === 'avgTurnaround')?.text).not.toBe('—')
})
