// Every summary figure per variant; the best value in each row is marked (bold and ★, not by
// colour alone).
import { useLanguage, useTranslate } from '../../i18n/context'
import { bestIndices, compareTableRows } from './compare-rows'
import { doneVariants } from './compare-data'
import type { CompareVariant } from './variants'

export interface CompareTableProps {
  variants: CompareVariant[]
  timeUnit: string
}

export function CompareTable({ variants, timeUnit }: CompareTableProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const done = doneVariants(variants)
  return (
    <div className="sl-table-wrap">
      <table className="sl-table sl-compare-table">
        <caption>{t('cmp.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cmp.figure')}</th>
            {done.map((v) => (
              <th key={v.key} scope="col" className="is-num">
                {v.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compareTableRows(done.map((v) => v.result)).map((row) => {
            const values = done.map((v) => row.get(v.result))
            const best = row.better ? bestIndices(values, row.better) : new Set<number>()
            return (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">
                  {t(row.label)}
                  {row.better && (
                    <span className="sl-muted">
                      {' '}
                      {t(row.better === 'low' ? 'cmp.lower' : 'cmp.higher')}
                    </span>
                  )}
                </th>
                {values.map((v, i) => (
                  <td
                    key={done[i].key}
                    className={`is-num${best.has(i) ? ' is-best' : ''}`}
                    data-best={best.has(i) || undefined}
                  >
                    {v === null ? '—' : row.format(v, timeUnit, lang)}
                    {best.has(i) && <span aria-label={t('cmp.best')}> ★</span>}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
      {variants
        .filter((v) => v.error)
        .map((v) => (
          <p key={v.key} className="sl-error">
            {v.label}: {v.error}
          </p>
        ))}
    </div>
  )
}
