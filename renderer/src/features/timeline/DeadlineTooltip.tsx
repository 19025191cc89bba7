// The hover card of a missed-deadline mark: which job, when it was released, its deadline,
// when it finished and by how much it was late.
import { useLanguage, useTranslate } from '../../i18n/context'
import { formatTime } from '../charts/format'
import type { DeadlineMiss, LaneIndex } from './lane-index'
import { useCardPlacement } from './use-card-placement'

export interface DeadlineTooltipProps {
  miss: DeadlineMiss
  index: LaneIndex
  x: number
  y: number
}

export function DeadlineTooltip({ miss, index, x, y }: DeadlineTooltipProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const ref = useCardPlacement(x, y)
  const job = index.jobs[miss.job]
  const time = (v: number | null) => formatTime(v, index.timeUnit, 2, lang)
  const name = index.threadInfo[miss.task]?.name ?? t('tl.threadN', { id: miss.task })
  return (
    <div ref={ref} className="sl-tooltip is-miss" role="tooltip" data-testid="deadline-tooltip">
      <div className="sl-tooltip-title">{t('tip.missTitle', { thread: name })}</div>
      <dl>
        <dt>{t('tip.job')}</dt>
        <dd>{job?.job ?? '—'}</dd>
        <dt>{t('tip.release')}</dt>
        <dd>{time(job?.release ?? null)}</dd>
        <dt>{t('tip.deadline')}</dt>
        <dd>{time(miss.deadline)}</dd>
        <dt>{t('tip.finished')}</dt>
        <dd>{job?.finish === null ? t('job.unfinished') : time(job?.finish ?? null)}</dd>
        {job?.finish !== null && job?.finish !== undefined && (
          <>
            <dt>{t('tip.late')}</dt>
            <dd>{time(job.finish - miss.deadline)}</dd>
          </>
        )}
      </dl>
    </div>
  )
}
