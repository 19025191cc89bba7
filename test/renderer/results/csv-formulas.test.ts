// The app's CSV exports neutralise formula cells as the CLI does (OWASP "CSV injection"): the
// two writers are separate copies (the CLI may not import the renderer), held equal here.
import { describe, expect, it } from 'vitest'
import { csvField, FORMULA_START as CLI_FORMULA_START } from '../../../cli/format/csv'
import {
  csvCell,
  FORMULA_START,
  processesCsv,
  threadsCsv,
  traceCsv
} from '../../../renderer/src/features/export/csv'
import { demoResult } from './fixtures'

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tx',
  '\rx',
  '-5',
  'a=b',
  'plain',
  'with, comma',
  'say "hi"'
]

describe('CSV formula cells in the app', () => {
  it('gives text cells starting with = + - @ TAB CR a leading quote, and quotes them', () => {
    expect(HOSTILE.slice(0, 7).map(csvCell)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      `"'+1+1"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
      `"'-5"`
    ])
  })

  it('keeps numbers numbers: -5 stays -5', () => {
    expect([csvCell(-5), csvCell(-0.25), csvCell(0)]).toEqual(['-5', '-0.25', '0'])
  })

  it('writes the same cells as the CLI for text and numbers', () => {
    expect(FORMULA_START.source).toBe(CLI_FORMULA_START.source)
    const cells = [...HOSTILE, -5, 3.5, 0]
    expect(cells.map(csvCell)).toEqual(cells.map(csvField))
  })

  it('neutralises names in the metrics, process and trace exports', () => {
    const { result } = demoResult()
    result.threads[0].id = '=cmd|"/c calc"!A1'
    result.threads[0].process = '+evil'
    result.processes[0].id = '@evil'
    expect(threadsCsv(result)).toContain(`"'=cmd|""/c calc""!A1","'+evil"`)
    expect(processesCsv(result).split('\n')[1]).toMatch(/^"'@evil",/)
    expect(traceCsv(result)).toContain(`"'=cmd|""/c calc""!A1"`)
  })
})
