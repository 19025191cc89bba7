import { expect, it } from 'vitest'
import { parseScenario } from '../../sim-core/index'

it('says where invalid JSON breaks as a line and column, not only a character offset', () => {
  const r = parseScenario('{\n  "format": "schedlab/scenario",\n  x: 1\n}')
  expect(r.ok).toBe(false)
  if (r.ok) return
  expect(r.problems).toHaveLength(1)
  expect(r.problems[0].message).toMatch(/^not valid JSON: .*at position 37 \(line 3, column 3\)$/)
  // Errors without a position keep their words.
  const end = parseScenario('{"format":')
  expect(end.ok).toBe(false)
  if (!end.ok) expect(end.problems[0].message).toBe('not valid JSON: Unexpected end of JSON input')
})
