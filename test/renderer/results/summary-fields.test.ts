import { expect, it } from 'vitest'
import { simulate, validateScenario } from '../../../sim-core/index'
import { PRESETS } from '../../../renderer/presets/presets'
import {
  avgCoroutineTurnaround,
  summaryFields
} from '../../../renderer/src/features/charts/summary-fields'
import { runExample } from '../../helpers/examples'

it('shows no average turnaround or fairness for a run in which no thread finished', () => {
  const deadlocked = summaryFields(runExample('dining-philosophers'))
  const text = (key: string) => deadlocked.find((f) => f.key === key)?.text
  expect(text('avgTurnaround')).toBe('—')
  expect(text('fairness')).toBe('—')
  const completed = summaryFields(runExample('dining-philosophers-ordered'))
  expect(completed.find((f) => f.key === 'avgTurnaround')?.text).not.toBe('—')
})

it('averages the coroutines’ turnaround on its own card, apart from the threads’', () => {
  const preset = PRESETS.find((p) => p.id === 'thread-per-request-vs-event-loop')
  if (!preset) throw new Error('preset missing')
  const v = validateScenario(preset.scenario)
  if (!v.ok) throw new Error('preset invalid')
  const r = simulate(v.scenario)
  const fields = summaryFields(r)
  const card = fields.find((f) => f.key === 'avgCoroutineTurnaround')
  // The sixteen coroutines finish 53 ms after arriving on average (the preset's lesson says so).
  const expected = r.coroutines.reduce((a, c) => a + (c.turnaround ?? 0), 0) / 16
  expect(r.coroutines).toHaveLength(16)
  expect(card?.value).toBe(expected)
  expect(Math.round(expected)).toBe(53)
  expect(card?.label).toBe('Avg coroutine turnaround')
  // The thread card is another figure: it counts the loop's host thread with the sixteen threads.
  expect(fields.find((f) => f.key === 'avgTurnaround')?.value).toBeCloseTo(72.24, 2)
  expect(avgCoroutineTurnaround(runExample('dining-philosophers'))).toBeNull()
  expect(summaryFields(runExample('dining-philosophers')).map((f) => f.key)).not.toContain(
    'avgCoroutineTurnaround'
  )
})
