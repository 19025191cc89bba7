// `schedlab ostep multi` end to end: every multi reference case, run with the case's own upstream
// command line (trace and -c flags included, a random -s/-j workload drawn as upstream does),
// through the command's --json output; its --saved scenario is an ordinary one.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../cli/main'
import { captureCli } from '../helpers/capture-cli'
import { referenceCases } from '../helpers/reference'

interface MultiCase {
  case: string
  options: string[]
  expected: {
    finish_time: number
    cpus: {
      cpu: number
      utilization_pct: number
      warm_pct: number
      ran_ticks: number
      warm_ticks: number
    }[]
    jobs: { name: string; finish: number }[]
  }
}

const cases = referenceCases<MultiCase>('ostep/cases', (f) => /^multi-\d+\.json$/.test(f)).map(
  (c) => c.data
)
const cli = (args: string[]) => captureCli(main, args)

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ostep-multi-'))
})
afterEach(() => vi.restoreAllMocks())

describe('schedlab ostep multi', () => {
  it('has the reference cases', () => expect(cases.length).toBeGreaterThanOrEqual(8))

  for (const c of cases) {
    it(`${c.case}: ${c.options.join(' ')}`, async () => {
      const saved = join(dir, `${c.case}.json`)
      const out = await cli(['ostep', 'multi', ...c.options, '--json', '--save', saved])
      expect(out.stderr).toBe('')
      expect(out.code).toBe(0)
      const report = JSON.parse(out.stdout)
      expect(report).toEqual({
        finish_time: c.expected.finish_time,
        cpus: c.expected.cpus.map((x) => ({
          cpu: x.cpu,
          utilization_pct: x.utilization_pct,
          warm_pct: x.warm_pct
        })),
        jobs: c.expected.jobs.map((j) => ({ name: j.name, finish: j.finish }))
      })
      const scenario = JSON.parse(readFileSync(saved, 'utf8'))
      expect(scenario.machine.cache).toBeDefined()
      expect(scenario.scheduler).toMatchObject({ policy: 'rr', alignedSlices: true })
      // The saved scenario is an ordinary one: `schedlab run` on it gives the same run, whose
      // per-core busy and warm ticks are upstream's ran/warm ticks.
      const resultFile = join(dir, `${c.case}.result.json`)
      expect(await main(['run', saved, '--format', 'json', '--out', resultFile])).toBe(0)
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as {
        makespan: number
        cores: { busy: number; warm: number }[]
        threads: { warm: number; cold: number; cpu: number }[]
      }
      expect(result.makespan).toBe(c.expected.finish_time)
      expect(result.cores.map((k) => [k.busy, k.warm])).toEqual(
        c.expected.cpus.map((x) => [x.ran_ticks, x.warm_ticks])
      )
      for (const t of result.threads) expect(t.warm + t.cold).toBe(t.cpu)
    })
  }

  it('prints the answers as text in upstream’s -c style', async () => {
    // One job of 30 ticks, working set 200 > cache 100: never warm, CPU 0 busy all 30 ticks.
    const out = await cli(['ostep', 'multi', '-n', '1', '-L', 'a:30:200'])
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('Finished time 30')
    expect(out.stdout).toContain('  CPU 0  utilization 100.00 [ warm 0.00 ]')
    expect(out.stdout).toContain('Job a finished at 30')
  })

  it('refuses bad flags with exit 2 and a message naming the flag', async () => {
    const bad: [string[], RegExp][] = [
      [['-L', 'a:10'], /-L: bad job "a:10"/],
      [['-L', 'a:10:5,a:3:3'], /-L: repeated job name "a"/],
      [['-L', 'a:x:5'], /-L: job "a:x:5"/],
      [['-L', 'a:10:5', '-A', 'b:0'], /-A: no job named "b"/],
      [['-L', 'a:10:5', '-n', '2', '-A', 'a:2'], /-A: bad cpu "2"/],
      [['-L', 'a:10:5', '-q', '0'], /-q: expected an integer of at least 1/],
      [['-L', 'a:10:5', '-r', '0'], /-r: expected an integer of at least 1/],
      [['-L', 'a:10:5', '-o'], /-o: random CPU order/],
      [['-L', 'a:10:5', '-x'], /unknown option -x/]
    ]
    for (const [flags, message] of bad) {
      const out = await cli(['ostep', 'multi', ...flags])
      expect(out.code, flags.join(' ')).toBe(2)
      expect(out.stderr).toMatch(/^schedlab ostep multi: /)
      expect(out.stderr).toMatch(message)
      expect(out.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
