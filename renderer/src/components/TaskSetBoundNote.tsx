// The utilization bound of the periodic task set, next to the policy (scheduler editor and
// results): U = Σ wcet / period, Liu and Layland's RM bound and EDF's U ≤ 1, each with a verdict
// that says whether the bound guarantees every deadline or only that it guarantees nothing.
import type { TaskSetBound } from '../../../sim-core'
import type { Translate } from '../i18n/translate'

export interface TaskSetBoundNoteProps {
  bound: TaskSetBound
  t: Translate
  lang: string
}

export function TaskSetBoundNote({ bound: b, t, lang }: TaskSetBoundNoteProps) {
  if (b.tasks === 0) return null
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3
  })
  const verdict = (ok: boolean): string =>
    b.overloaded
      ? t('taskSet.overloaded')
      : ok
        ? t('taskSet.guaranteed')
        : t('taskSet.notGuaranteed')
  return (
    <div className="sl-task-set" data-testid="task-set-bound" role="note">
      <p>
        <strong>{t('taskSet.title')}</strong>{' '}
        {t('taskSet.utilization', { u: nf.format(b.utilization), n: b.tasks, cores: b.cores })}
      </p>
      {b.constrainedDeadlines ? (
        <p>{t('taskSet.constrained')}</p>
      ) : b.cores === 1 ? (
        <ul>
          <li data-testid="task-set-rm" className={b.rmGuaranteed ? 'is-ok' : 'is-warn'}>
            {t('taskSet.rm', { bound: nf.format(b.rmBound), n: b.tasks })}{' '}
            <strong>{verdict(b.rmGuaranteed)}</strong>
          </li>
          <li data-testid="task-set-edf" className={b.edfGuaranteed ? 'is-ok' : 'is-warn'}>
            {t('taskSet.edf')} <strong>{verdict(b.edfGuaranteed)}</strong>
          </li>
        </ul>
      ) : (
        <p className={b.overloaded ? 'is-warn' : undefined}>
          {b.overloaded
            ? t('taskSet.overloaded')
            : t('taskSet.global', { cores: b.cores, u: nf.format(b.utilization) })}
        </p>
      )}
    </div>
  )
}
