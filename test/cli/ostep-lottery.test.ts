// `schedlab ostep lottery` end to end: every lottery.py reference case through --json, and
// `schedlab run` on the scenario it --saved runs the same jobs (same finishes in engine time).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../cli/main'
import { captureCli } from '../helpers/capture-cli'
import { referenceCases } from '../helpers/reference'
import { runCli } from '../helpers/run-cli'

interface Case {
  case: string
  options: string[]
  params: { quantum: number }
  expected: { jobs: { id: number; completion: number }[]; total_time: number }
}

const cases = referenceCases<Case>('ostep/cases', (f) => /^lottery-\d+\.json$/.test(f)).map(
  (c) => c.data
)
const cli = (args: string[]) => captureCli(main, args)

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ostep-lottery-'))
})
afterEach(() => vi.restoreAllMocks())

describe('schedlab ostep lottery', () => {
  for (const c of cases) {
    it(`${c.case}: --json is lottery.py's answer; schedlab run on --save agrees`, async () => {
      const saved = join(dir, `${c.case}.json`)
      const flags = c.options.filter((o) => o !== '-c')
      const out = await cli(['ostep', 'lottery', ...flags, '--json', '--save', saved])
      expect(out.code).toBe(0)
      expect(JSON.parse(out.stdout)).toEqual(c.expected)
      const resultFile = join(dir, `${c.case}.result.json`)
      expect(await main(['run', saved, '--format', 'json', '--out', resultFile])).toBe(0)
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as {
        policy: string
        threads: { finish: number }[]
      }
      expect(result.policy).toBe('lottery')
      // lottery.py reports the end of the quantum a job finished in (aligned quanta).
      const q = c.params.quantum
      expect(
        result.threads.map((t, id) => ({ id, completion: Math.ceil(t.finish / q) * q }))
      ).toEqual(c.expected.jobs)
    })
  }

  it('works as a user runs it: -c text, and a bad flag is exit 2 without a stack', async () => {
    const ok = await runCli(['ostep', 'lottery', '-l', '10:100,10:100', '-s', '5', '-c'])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('Random 622902 -> Winning ticket 102 (of 200) -> Run 1')
    expect(ok.stdout).toContain('--> JOB 0 DONE at time 20')
    const bad = await runCli(['ostep', 'lottery', '-T', 'x'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/-T: expected an integer/)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})
