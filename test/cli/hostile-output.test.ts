// Output built from hostile names and shapes: CSV cells a spreadsheet would run as formulas, text
// that would drive the terminal, and tables too wide for Math.max(...rows). The results are built
// by hand (a real run, then names edited) because validation now refuses such names: these are
// the second guard, and they must hold whatever reaches them.
import { describe, expect, it } from 'vitest'
import { simulate, validateScenario, type SimResult } from '../../sim-core/index'
import { main } from '../../cli/main'
import { compareCsv, compareText, type Comparison } from '../../cli/format/compare-format'
import { csvCell as csvField } from '../../present/csv'
import { resultCsv } from '../../cli/format/result-csv'
import { resultText } from '../../cli/format/result-text'
import { traceCsv } from '../../cli/format/trace-csv'
import { captureCli } from '../helpers/capture-cli'
import { tempDir, threeJobs, writeScenario } from './fixtures'

const dir = tempDir()

function threeJobsResult(): SimResult {
  const checked = validateScenario(threeJobs())
  if (!checked.ok) throw new Error('threeJobs() should be valid')
  return simulate(checked.scenario)
}

/** A raw control, bidi or C1 character anywhere except a line break. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

const FORMULAS = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']

describe('CSV formula cells (OWASP "CSV injection")', () => {
  it('gives text cells that start with = + - @ TAB CR a leading quote, and quotes them', () => {
    expect(FORMULAS.map(csvField)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      `"'+1+1"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`
    ])
  })

  it('keeps numbers numbers: -5 and -0.5 are written bare, the text "-5" is neutralised', () => {
    expect([csvField(-5), csvField(-0.5), csvField('-5'), csvField('a=b')]).toEqual([
      '-5',
      '-0.5',
      `"'-5"`,
      'a=b'
    ])
  })

  it('neutralises thread names in run --format csv and trace --format csv', () => {
    const r = threeJobsResult()
    r.threads[0].id = '=cmd|"/c calc"!A1'
    r.threads[1].process = '@evil'
    ;(r.threads[2] as { waiting: number | null }).waiting = -8
    const run = [...resultCsv(r)].join('')
    expect(run).toContain(`"'=cmd|""/c calc""!A1"`)
    expect(run).toContain(`"'@evil"`)
    expect(run).toContain(',-8,')
    const trace = [...traceCsv(r)].join('').split('\n')
    expect(trace[1]).toBe(`0,3,0,0,0,7,-1,"'=cmd|""/c calc""!A1",run,finished,`)
  })

  it('neutralises text cells in compare --format csv', () => {
    const c = comparison('=1+1')
    expect([...compareCsv(c)].join('').split('\n')[1]).toMatch(/^"'=1\+1",completed,10,/)
  })
})

function comparison(policy: string, scenario = 'three jobs'): Comparison {
  const r = threeJobsResult()
  return {
    schedlab: 'test',
    scenario,
    timeUnit: 'tick',
    results: [{ policy, scheduler: {}, status: r.status, makespan: r.makespan, summary: r.summary }]
  }
}

describe('terminal output shows control characters as escapes', () => {
  it('run --format text: the scenario name, thread ids and a deadlock cycle', () => {
    const r = threeJobsResult()
    r.scenario = 'x\u001b]0;pwned\u0007\u001b[2J'
    r.threads[0].id = 'a\u202egnp.exe'
    r.status = 'deadlock'
    r.deadlock = { cycle: ['p\u009b2J/main'] } as SimResult['deadlock']
    const text = [...resultText(r)].join('')
    expect(text).not.toMatch(RAW_CONTROL)
    expect(text).toContain('x\\u001b]0;pwned\\u0007\\u001b[2J\n')
    expect(text).toContain('a\\u202egnp.exe')
    expect(text).toContain('cycle: p\\u009b2J/main')
  })

  it('compare --format text: the scenario name and the table cells', () => {
    const text = [...compareText(comparison('rr\u001b[31m', 'n\u001bc'))].join('')
    expect(text).not.toMatch(RAW_CONTROL)
    expect(text).toContain('n\\u001bc\n')
    expect(text).toContain('rr\\u001b[31m')
  })

  it('error messages quoting the file: unknown keys, names and the JSON excerpt', async () => {
    const s = threeJobs()
    s['\u001b]0;pwned\u0007'] = 1
    const file = writeScenario(dir, 'keys.json', s)
    const keys = await captureCli(main, ['validate', file])
    expect(keys.code).toBe(2)
    expect(keys.stderr).toBe('\\u001b]0;pwned\\u0007: unknown field\n')

    const named = threeJobs()
    ;(named.processes as { name: string }[])[0].name = 'a\u001b[2J'
    const names = await captureCli(main, ['validate', writeScenario(dir, 'names.json', named)])
    expect(names.stderr).toBe(
      'processes[0].name: contains U+001B (a control character), not allowed in names\n'
    )

    const broken = writeScenario(dir, 'broken.json', '{"a": \u001b[2J}')
    const json = await captureCli(main, ['validate', broken])
    expect(json.code).toBe(2)
    expect(json.stderr).toContain('\\u001b')
    expect(json.stderr).not.toMatch(RAW_CONTROL)
  })

  it('refuses 1000 nested repeats with exit 2 and the path, not a stack overflow', async () => {
    type Op = { cpu: number } | { repeat: number; ops: Op[] }
    let ops: Op[] = [{ cpu: 1 }]
    for (let i = 0; i < 1000; i++) ops = [{ repeat: 1, ops }]
    const s = threeJobs()
    ;(s.processes as { threads: { ops: unknown }[] }[])[0].threads[0].ops = ops as never
    const r = await captureCli(main, ['validate', writeScenario(dir, 'deep.json', s)])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'processes[0].threads[0].ops[0]' + '.ops[0]'.repeat(29) + ': nesting deeper than 64 levels\n'
    )
  })
})

describe('wide tables', () => {
  it('prints run --format text for 130,000 threads (no Math.max(...rows))', () => {
    const r = threeJobsResult()
    const [row] = r.threads
    const n = 130_000
    r.threads = Array.from({ length: n }, (_, i) => ({ ...row, id: `p${i}/main` }))
    const lines = [...resultText(r)].join('').split('\n')
    // One line per thread under the header, the widest id (p129999/main) setting the column.
    const rows = lines.filter((l) => /^ {2}p\d+\/main /.test(l))
    expect(rows).toHaveLength(n)
    expect(rows[0].startsWith('  p0/main       ')).toBe(true)
    expect(rows[n - 1].startsWith('  p129999/main  ')).toBe(true)
  })
})
