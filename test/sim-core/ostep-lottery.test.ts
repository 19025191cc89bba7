// Golden tests for `schedlab ostep lottery`: every stored lottery.py reference case, translated
// into an ordinary scenario (policy lottery, random "python", alignedQuanta) and run through
// the engine, gives lottery.py's completions, draws and total time exactly.
import { describe, expect, it } from 'vitest'
import { ostepAdapter, type LotteryReport } from '../../sim-core/compat/ostep/index'
import { OstepUsageError } from '../../sim-core/compat/ostep/args'
import { simulate, validateScenario } from '../../sim-core/index'
import { referenceCases } from '../helpers/reference'

interface Case {
  case: string
  options: string[]
  jobs: { id: number; length: number; tickets: number }[]
  inputs: { random_numbers: number[] }
  expected: LotteryReport
}

const cases = referenceCases<Case>('ostep/cases', (f) => /^lottery-\d+\.json$/.test(f))
const flagsOf = (c: Case) => c.options.filter((o) => o !== '-c')

function runFlags(flags: string[]) {
  const run = ostepAdapter('lottery', flags)
  const valid = validateScenario(run.scenario)
  if (!valid.ok) throw new Error(valid.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  const result = simulate(valid.scenario)
  const report = run.report(result) as LotteryReport
  return { run, result, report, text: run.text(report, result) }
}

describe('OSTEP lottery.py reference cases', () => {
  it('has the lottery cases', () => expect(cases.length).toBeGreaterThanOrEqual(4))

  for (const { data: c } of cases) {
    it(`${c.case}: ${c.options.join(' ')}`, () => {
      const { run, report } = runFlags(flagsOf(c))
      // The jobs it generated from the seed (or read from -l) are upstream's.
      const procs = run.scenario.processes
      expect(procs.map((p) => [p.threads[0].ops, p.tickets])).toEqual(
        c.jobs.map((j) => [[{ cpu: j.length }], j.tickets])
      )
      expect(report).toEqual(c.expected)
      expect(report.draws.map((d) => d.random)).toEqual(c.inputs.random_numbers)
    })
  }

  it("a job that finishes mid-quantum is DONE at the quantum's end, as lottery.py's clock", () => {
    // -l 5:10 -q 4, alone: it wins at 0 and 4, runs 4 + 1 ticks and finishes at 5 in the engine;
    // lottery.py's clock has moved 2 quanta, so it prints DONE at time 8, and so do we.
    const { report, result } = runFlags(['-l', '5:10', '-q', '4', '-s', '1'])
    expect(result.threads[0].finish).toBe(5)
    expect(report.jobs).toEqual([{ id: 0, completion: 8 }])
    expect(report.total_time).toBe(8)
    expect(report.draws).toHaveLength(2)
  })

  it('prints the -c solution the way lottery.py does', () => {
    const { text } = runFlags(['-s', '0', '-j', '2', '-c'])
    const lines = text.split('\n')
    expect(lines.slice(0, 9)).toEqual([
      'ARG jlist ',
      'ARG jobs 2',
      'ARG maxlen 10',
      'ARG maxticket 100',
      'ARG quantum 1',
      'ARG seed 0',
      '',
      'Here is the job list, with the run time of each job: ',
      '  Job 0 ( length = 8, tickets = 75 )'
    ])
    // lottery-001's first draw, and the line upstream prints for job 1's completion.
    expect(text).toContain(
      'Random 511275 -> Winning ticket 75 (of 100) -> Run 1\n  Jobs:\n (  job:0 timeleft:8 tix:75 )  (* job:1 timeleft:4 tix:25 ) \n'
    )
    expect(text).toContain('--> JOB 1 DONE at time 6\n')
    expect(text).toContain(' (  job:1 timeleft:0 tix:--- ) ')
  })

  it('without -c lists the random numbers a student needs (runTotal of them)', () => {
    const { text } = runFlags(['-s', '0', '-j', '2'])
    const randoms = text.split('\n').filter((l) => l.startsWith('Random '))
    // lottery-001: lengths 8 + 4 = 12 numbers, the first two 511275 and 404934.
    expect(randoms).toHaveLength(12)
    expect(randoms.slice(0, 2)).toEqual(['Random 511275', 'Random 404934'])
  })

  it('rejects bad flags with a message naming the flag', () => {
    expect(() => ostepAdapter('lottery', ['-l', '5:x'])).toThrow(OstepUsageError)
    expect(() => ostepAdapter('lottery', ['-l', '5:x'])).toThrow(/-l: bad job "5:x"/)
    expect(() => ostepAdapter('lottery', ['-l', '0:10'])).toThrow(/-l: job "0:10" has no run time/)
    expect(() => ostepAdapter('lottery', ['-m', '1'])).toThrow(
      /-m: expected an integer of at least 2/
    )
    expect(() => ostepAdapter('lottery', ['-s', '5000000000'])).toThrow(/-s: expected a seed/)
    expect(() => ostepAdapter('lottery', ['-s', '-1'])).toThrow(
      /-s: expected an integer of at least 0/
    )
    expect(() => ostepAdapter('lottery', ['-q', '0'])).toThrow(
      /-q: expected an integer of at least 1/
    )
  })
})
