// The hover card: thread, process, core, start, end, duration and why it stopped.
import { useLanguage, useTranslate } from '../../i18n/context'
import { formatTime } from '../charts/format'
import type { Hit } from './hit-test'
import { isRunCls } from './lane'
import { coroutineAt } from './scene'
import { useCardPlacement } from './use-card-placement'
import type { LaneIndex } from './lane-index'
import { clsWords, endReasonWords } from './words'

export interface TimelineTooltipProps {
  hit: Hit
  index: LaneIndex
  x: number
  y: number
}

export function TimelineTooltip({ hit, index, x, y }: TimelineTooltipProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const ref = useCardPlacement(x, y)
  const info = index.threadInfo[hit.task]
  const time = (v: number) => formatTime(v, index.timeUnit, 2, lang)
  const isCore = hit.row.kind === 'core'
  const core = isCore ? hit.row.id : null
  let why: string | null = null
  const running = isCore && isRunCls(hit.cls)
  if (running) why = endReasonWords(index.trace.segReason[hit.rec], lang)
  const co = running ? coroutineAt(index, hit.rec) : -1
  return (
    <div ref={ref} className="sl-tooltip" role="tooltip">
      <div className="sl-tooltip-title">{info?.name ?? t('tip.idle')}</div>
      <dl>
        <dt>{t('tip.state')}</dt>
        <dd>{clsWords(hit.cls, lang)}</dd>
        <dt>{t('tip.thread')}</dt>
        <dd>{info?.name ?? '—'}</dd>
        {co >= 0 && (
          <>
            <dt>{t('tip.coroutine')}</dt>
            <dd>{index.coroutineNames[co]}</dd>
          </>
        )}
        <dt>{t('tip.process')}</dt>
        <dd>{info?.process ?? '—'}</dd>
        {core !== null && (
          <>
            <dt>{t('tip.core')}</dt>
            <dd>{core}</dd>
          </>
        )}
        <dt>{t('tip.start')}</dt>
        <dd>{time(hit.start)}</dd>
        <dt>{t('tip.end')}</dt>
        <dd>{time(hit.end)}</dd>
        <dt>{t('tip.duration')}</dt>
        <dd>{time(hit.end - hit.start)}</dd>
        {why && (
          <>
            <dt>{t('tip.why')}</dt>
            <dd>{why}</dd>
          </>
        )}
      </dl>
      {hit.alsoInPixel > 0 && (
        <div className="sl-tooltip-note">{t('tip.more', { count: hit.alsoInPixel })}</div>
      )}
    </div>
  )
}
