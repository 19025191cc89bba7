// Golden tests: every stored OSTEP reference case of kinds scheduler, mlfq and process-run,
// translated into a scenario and run through the ordinary engine, gives upstream's answers.
import { describe, expect, it } from 'vitest'
import { ostepAdapter, type OstepSim } from '../../sim-core/compat/ostep/index'
import { simulate, validateScenario } from '../../sim-core/index'
import { referenceCases } from '../helpers/reference'

interface Case {
  case: string
  sim: OstepSim
  options: string[]
  expected: Record<string, unknown> & {
    jobs?: Record<string, number>[]
    average?: Record<string, number>
    processes?: unknown[]
  }
}

const cases = referenceCases<Case>('ostep/cases', (f) =>
  /^(scheduler|mlfq|process-run)-\d+\.json$/.test(f)
)

/** The case's own command line, minus the flags that only choose what upstream prints. */
function ostepFlags(c: Case): string[] {
  const printOnly = c.sim === 'scheduler' ? ['-c'] : ['-c', '-p']
  return c.options.filter((o) => !printOnly.includes(o))
}

function runCase(c: Case) {
  const run = ostepAdapter(c.sim, ostepFlags(c))
  const valid = validateScenario(run.scenario)
  if (!valid.ok) throw new Error(valid.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return run.report(simulate(valid.scenario)) as Record<string, unknown>
}

describe('OSTEP reference cases', () => {
  it('has cases of all three kinds', () => {
    for (const sim of ['scheduler', 'mlfq', 'process-run'])
      expect(cases.filter((c) => c.data.sim === sim).length).toBeGreaterThan(5)
  })

  for (const { data: c } of cases) {
    it(`${c.case}: ${c.options.join(' ')}`, () => {
      const got = runCase(c)
      if (c.sim === 'process-run') {
        expect({
          total_time: got.total_time,
          cpu_busy: got.cpu_busy,
          io_busy: got.io_busy
        }).toEqual({
          total_time: c.expected.total_time,
          cpu_busy: c.expected.cpu_busy,
          io_busy: c.expected.io_busy
        })
        expect(got.processes).toEqual(c.expected.processes)
      } else {
        const jobs = got.jobs as Record<string, number>[]
        for (const want of c.expected.jobs ?? []) expect(jobs[want.id]).toMatchObject(want)
        const avg = got.average as Record<string, number>
        for (const [k, v] of Object.entries(c.expected.average ?? {}))
          expect(avg[k]).toBeCloseTo(v, 2)
      }
    })
  }
})
