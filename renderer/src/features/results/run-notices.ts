// What a bounded run left out or where a guard stopped it, in words for the results pane: the
// guards of sim-core/scenario/limits.ts, which the worker applies as the CLI does.
import { resolveGuards, type Scenario, type SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { localeOf, type Translate } from '../../i18n/translate'

export function runNotices(
  t: Translate,
  language: Language,
  scenario: Scenario,
  result: SimResult
): string[] {
  const nf = new Intl.NumberFormat(localeOf(language))
  const guards = resolveGuards(scenario.limits)
  const notes: string[] = []
  for (const c of guards.clamped)
    notes.push(
      t('res.limitClamped', {
        field: c.field,
        asked: nf.format(c.asked),
        allowed: nf.format(c.allowed)
      })
    )
  const time = nf.format(result.makespan)
  if (result.limit === 'maxTrace')
    notes.push(t('res.limitTrace', { time, segments: nf.format(guards.maxTrace) }))
  else if (result.limit === 'maxEvents')
    notes.push(t('res.limitEvents', { time, events: nf.format(guards.maxEvents) }))
  else if (result.limit === 'maxTime') notes.push(t('res.limitTime', { time }))
  if (result.jobsOmitted !== undefined)
    notes.push(
      t('res.jobsOmitted', {
        listed: nf.format(result.jobs.length),
        omitted: nf.format(result.jobsOmitted)
      })
    )
  return notes
}
