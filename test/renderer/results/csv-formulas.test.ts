// The app's CSV exports neutralise formula cells (OWASP "CSV injection"), with the one writer
// the CLI uses too (present/csv.ts).
import { describe, expect, it } from 'vitest'
import { csvCell, processesCsv, threadsCsv } from '../../../present/csv'
import { traceCsv } from '../../../renderer/src/features/export/csv'
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
