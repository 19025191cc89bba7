// The machine at the cursor: what each core runs, who is ready (longest-waiting first; with
// per-core queues, in each core's queue) and who is blocked on what. Long lists are cut, with a count, so 10,000 threads stay readable.
import { useMemo } from 'react'
import { useLanguage, useTranslate } from '../../i18n/context'
import type { Translate } from '../../i18n/translate'
import { formatTime } from '../charts/format'
import { fairAt, fairSampleIndex, fairText, hasFairSamples } from './fair-at'
import { Cls } from './lane'
import type { LaneIndex } from './lane-index'
import { machineAt, type ThreadAt } from './machine-state'
import { blockedShort } from './words'

export interface TimelineReadoutProps {
  index: LaneIndex
  cursor: number
  onSelect(task: number): void
}

const MAX_NAMES = 12

function coreText(t: Translate, index: LaneIndex, cls: number, task: number): string {
  const name = index.threadInfo[task]?.name ?? '?'
  switch (cls) {
    case Cls.run:
      return name
    case Cls.runWarm:
      return t('ro.warm', { name })
    case Cls.switch:
      return t('ro.switching', { name })
    case Cls.migration:
      return t('ro.migrating', { name })
    case Cls.held:
      return t('ro.held', { name })
    case Cls.coSwitch:
      return t('ro.coSwitch', { name })
    default:
      return t('ro.idle')
  }
}

export function TimelineReadout({ index, cursor, onSelect }: TimelineReadoutProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const m = useMemo(() => machineAt(index, cursor), [index, cursor])
  // cfs/eevdf: each thread's vruntime (or lag and deadline) as of its latest fair sample.
  const fairIndex = useMemo(
    () =>
      hasFairSamples(index.policy) ? fairSampleIndex(index.trace, index.threadInfo.length) : null,
    [index]
  )
  const fair = useMemo(
    () => (fairIndex ? fairAt(index.trace, fairIndex, cursor) : null),
    [index, fairIndex, cursor]
  )
  const names = (list: ThreadAt[], blocked: boolean) => (
    <>
      {list.slice(0, MAX_NAMES).map((th, i) => (
        <span key={th.task}>
          {i > 0 && ', '}
          <button type="button" className="sl-linkish" onClick={() => onSelect(th.task)}>
            {index.threadInfo[th.task]?.name}
          </button>
          {blocked && ` (${blockedShort(th.cls, lang)})`}
        </span>
      ))}
      {list.length > MAX_NAMES && <span>, {t('ro.more', { count: list.length - MAX_NAMES })}</span>}
      {list.length === 0 && <span className="sl-muted">{t('ro.none')}</span>}
    </>
  )
  return (
    <div className="sl-readout" aria-live="polite" data-testid="cursor-readout" data-time={cursor}>
      <div>
        <strong>{t('ro.time', { time: formatTime(cursor, index.timeUnit, 2, lang) })}</strong>
        {m.cores.map((c) => (
          <span key={c.core} className="sl-readout-core" data-core={c.core}>
            {' · '}
            {t('ro.core', { n: c.core, what: coreText(t, index, c.cls, c.task) })}
          </span>
        ))}
      </div>
      {m.queues.length > 1 ? (
        // Per-core queues: each core's queue, as the engine holds it at the cursor.
        m.queues.map((q, core) => (
          <div key={core} data-testid="readout-queue" data-queue={core} data-length={q.length}>
            <span className="sl-readout-label">
              {t('ro.coreQueue', { n: core, count: q.length })}
            </span>{' '}
            {names(q, false)}
          </div>
        ))
      ) : (
        <div data-testid="readout-queue" data-queue={0} data-length={m.ready.length}>
          <span className="sl-readout-label">{t('ro.ready', { count: m.ready.length })}</span>{' '}
          {names(m.ready, false)}
        </div>
      )}
      <div>
        <span className="sl-readout-label">{t('ro.blocked', { count: m.blocked.length })}</span>{' '}
        {names(m.blocked, true)}
      </div>
      {fair && (
        <div data-testid="readout-fair" data-count={fair.length}>
          <span className="sl-readout-label">{t('ro.fair', { count: fair.length })}</span>{' '}
          {fair.slice(0, MAX_NAMES).map((f, i) => (
            <span key={f.task} data-task={f.task}>
              {i > 0 && '; '}
              <button type="button" className="sl-linkish" onClick={() => onSelect(f.task)}>
                {index.threadInfo[f.task]?.name}
              </button>{' '}
              {fairText(t, f)}
            </span>
          ))}
          {fair.length > MAX_NAMES && (
            <span>; {t('ro.more', { count: fair.length - MAX_NAMES })}</span>
          )}
          {fair.length === 0 && <span className="sl-muted">{t('ro.none')}</span>}
        </div>
      )}
    </div>
  )
}
