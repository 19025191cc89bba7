// The hover card of a migration marker: "migrated from core X", the thread, when and where to.
import { useLanguage, useTranslate } from '../../i18n/context'
import { formatTime } from '../charts/format'
import type { LaneIndex } from './lane-index'
import type { MigrationMark } from './migration-marks'
import { useCardPlacement } from './use-card-placement'

export interface MigrationTooltipProps {
  mark: MigrationMark
  index: LaneIndex
  x: number
  y: number
}

export function MigrationTooltip({ mark, index, x, y }: MigrationTooltipProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const ref = useCardPlacement(x, y)
  const name = index.threadInfo[mark.task]?.name ?? t('tl.threadN', { id: mark.task })
  return (
    <div ref={ref} className="sl-tooltip" role="tooltip" data-testid="migration-tooltip">
      <div className="sl-tooltip-title">{t('tip.migratedFrom', { core: mark.from })}</div>
      <dl>
        <dt>{t('tip.thread')}</dt>
        <dd>{name}</dd>
        <dt>{t('tip.core')}</dt>
        <dd>{t('tip.fromTo', { from: mark.from, to: mark.core })}</dd>
        <dt>{t('tip.start')}</dt>
        <dd>{formatTime(mark.time, index.timeUnit, 2, lang)}</dd>
      </dl>
    </div>
  )
}
