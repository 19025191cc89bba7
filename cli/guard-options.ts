// The run guards on the command line (--max-events, --max-time, --max-trace) and the notices a
// bounded run writes on stderr. The person running a file may raise the guards; the file itself
// may only lower them (sim-core/scenario/limits.ts).
import {
  LIMITS,
  clampedMessage,
  resolveGuards,
  type GuardOverrides,
  type LimitKind,
  type Scenario
} from '../sim-core'
import { positiveIntOption } from './option-values'

export const GUARD_OPTIONS = ['max-events', 'max-time', 'max-trace'] as const

export const GUARD_HELP = `  --max-events N    stop after N events (default ${LIMITS.defaultMaxEvents}); a file's limits.maxEvents
                    may lower this guard but not raise it
  --max-time N      stop before the first instant after N (default ${LIMITS.defaultMaxTime})
`

export const TRACE_GUARD_HELP = `  --max-trace N     the trace's memory budget in segments (default ${LIMITS.defaultMaxTrace}, about
                    107 bytes each); a run that reaches it stops with status limit (maxTrace)
`

/** The guards given on the command line (each a positive integer). */
export function guardOverrides(opt: (name: string) => string | undefined): GuardOverrides {
  const out: GuardOverrides = {}
  const events = opt('max-events')
  const time = opt('max-time')
  const trace = opt('max-trace')
  if (events !== undefined) out.maxEvents = positiveIntOption('max-events', events)
  if (time !== undefined) out.maxTime = positiveIntOption('max-time', time)
  if (trace !== undefined) out.maxTrace = positiveIntOption('max-trace', trace)
  return out
}

/** Where notices go: process.stderr, or a fake in tests. */
export interface NoticeStream {
  write(text: string): unknown
}

/** Warns once per command that the file's limits were above the run's guards and were lowered. */
export function warnClamped(
  scenario: Scenario,
  overrides: GuardOverrides,
  label: string,
  stream: NoticeStream = process.stderr
): void {
  for (const c of resolveGuards(scenario.limits, overrides).clamped)
    stream.write(`${label}: warning: ${clampedMessage(c)} (--${flagOf(c.field)} N raises it)\n`)
}

const flagOf = (field: 'maxTime' | 'maxEvents'): string =>
  field === 'maxTime' ? 'max-time' : 'max-events'

/**
 * What a run left out or where it stopped, when the scenario did not ask for it: a guard that was
 * not the file's own choice, the trace budget, the job rows beyond the cap.
 */
/** What the notices read of a run's end: a SimResult, or a cluster's (cli/run-cluster.ts). */
export interface RunEnd {
  limit?: LimitKind
  makespan: number
  jobs: readonly unknown[]
  jobsOmitted?: number
}

export function runNotices(
  scenario: Scenario,
  overrides: GuardOverrides,
  result: RunEnd
): string[] {
  const guards = resolveGuards(scenario.limits, overrides)
  const own = (field: 'maxTime' | 'maxEvents') =>
    scenario.limits?.[field] !== undefined && !guards.clamped.some((c) => c.field === field)
  const notes: string[] = []
  if (result.limit === 'maxTrace')
    notes.push(
      `stopped at t=${result.makespan}: the trace reached its budget of ${guards.maxTrace} segments (--max-trace N raises it); the output covers the run up to there`
    )
  else if (result.limit === 'maxEvents' && !own('maxEvents'))
    notes.push(
      `stopped at t=${result.makespan} after ${guards.maxEvents} events, the run's guard (--max-events N raises it)`
    )
  else if (result.limit === 'maxTime' && !own('maxTime'))
    notes.push(`stopped at t=${result.makespan}, the run's time guard (--max-time N raises it)`)
  if (result.jobsOmitted !== undefined)
    notes.push(
      `lists the first ${result.jobs.length} periodic jobs; ${result.jobsOmitted} more are counted in summary.deadlineMisses but not listed`
    )
  return notes
}
