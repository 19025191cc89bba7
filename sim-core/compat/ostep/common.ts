// What every OSTEP adapter returns: the scenario it built, and how to read the result back
// in the simulator's own terms.
import type { SimResult } from '../../metrics/result'
import type { ScenarioInput } from '../../scenario/schema'

export interface OstepRun<R extends object = object> {
  scenario: ScenarioInput
  /** The upstream simulator's answers, computed from an ordinary SchedLab result. */
  report(result: SimResult): R
  /** The answers in a readable form, close to the upstream script's -c output (the result is
   * there for what the text shows beyond the report, like scheduler.py's execution trace). */
  text(report: R, result: SimResult): string
}

type Ops = ScenarioInput['processes'][number]['threads'][number]['ops']

/**
 * Rounds like Python's `'%.2f' % x`: to the nearest of the exact binary value, and an exact tie
 * to the even digit (4.625 prints as 4.62). toFixed would round that tie up.
 */
export function twoDecimals(x: number): number {
  const exact = Math.abs(x).toFixed(100)
  const dot = exact.indexOf('.')
  const rest = exact.slice(dot + 3)
  if (/^50*$/.test(rest)) {
    const truncated = Number(exact.slice(0, dot + 3))
    const lastDigit = Number(exact[dot + 2])
    const rounded = lastDigit % 2 === 0 ? truncated : truncated + 0.01
    return Math.sign(x) * Number(rounded.toFixed(2))
  }
  return Number(x.toFixed(2))
}

/**
 * A scenario name that records the command line, cut to the schema's 200 characters: a long
 * -l list (upstream takes any length) must not make the translated scenario invalid.
 */
export function commandName(command: string): string {
  return command.length <= 200 ? command : `${command.slice(0, 199)}…`
}

export function jobProcesses(
  jobs: ReadonlyArray<{ arrival: number; ops: Ops }>,
  prefix = 'job'
): ScenarioInput['processes'] {
  return jobs.map((job, i) => ({
    name: `${prefix}${i}`,
    arrival: job.arrival,
    threads: [{ name: 'main', ops: job.ops }]
  }))
}
