// The scheduler's latest decisions up to the cursor, in words, newest first. Decisions at the
// cursor's own instant are marked: that is the one the machine state above just resulted from.
import { useMemo } from 'react'
import { useLanguage, useTranslate } from '../../i18n/context'
import { formatTime } from '../charts/format'
import { decisionSentence, recentDecisions, type DecisionContext } from './decisions'
import { intervalAt } from './lane'
import type { LaneIndex } from './lane-index'

export interface DecisionLogProps {
  index: LaneIndex
  cursor: number
  /** The scheduler's quantum in ticks, when it has one. */
  quantum: number | null
}

/** Enough to read what just happened around the cursor on a many-core machine, not a wall. */
const SHOWN = 6

export function DecisionLog({ index, cursor, quantum }: DecisionLogProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const ctx = useMemo<DecisionContext>(
    () => ({
      trace: index.trace,
      threadName: (k) => index.threadInfo[k]?.name ?? t('tl.threadN', { id: k }),
      policy: index.policy,
      policyRule: index.policyRule,
      quantum: quantum === null ? null : formatTime(quantum, index.timeUnit, 2, lang),
      // Integer ticks: anything that ran up to `time` covers the half tick before it.
      busyBefore: (core, time) => {
        const lane = index.cores[core]
        return time > 0 && lane !== undefined && intervalAt(lane, time - 0.5) >= 0
      },
      formatTime: (v) => formatTime(v, index.timeUnit, 2, lang),
      lang
    }),
    [index, quantum, lang, t]
  )
  const items = useMemo(() => recentDecisions(index.trace, cursor, SHOWN), [index.trace, cursor])
  return (
    <section className="sl-decisions" aria-label={t('dec.title')} data-testid="decision-log">
      <h3 className="sl-decisions-title">{t('dec.title')}</h3>
      {items.length === 0 ? (
        <p className="sl-muted">{t('dec.none')}</p>
      ) : (
        <ol>
          {items.map((i) => (
            <li
              key={i}
              className={index.trace.decTime[i] === cursor ? 'is-now' : undefined}
              data-time={index.trace.decTime[i]}
            >
              {decisionSentence(i, ctx)}
              <span className="sl-muted">
                {' '}
                · {t('dec.queued', { count: index.trace.decQueued[i] })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
