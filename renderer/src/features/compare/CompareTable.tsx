// Every summary figure per variant; the best value in each row is marked (bold and ★, not by
// colour alone).
import { COMPARE_ROWS, bestIndices } from './compare-rows'
import { doneVariants } from './compare-data'
import type { CompareVariant } from './variants'

export interface CompareTableProps {
  variants: CompareVariant[]
  timeUnit: string
}

export function CompareTable({ variants, timeUnit }: CompareTableProps) {
  const done = doneVariants(variants)
  return (
    <div className="sl-table-wrap">
      <table className="sl-table sl-compare-table">
        <caption>Summary by policy (★ = best in the row)</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {done.map((v) => (
              <th key={v.key} scope="col" className="is-num">
                {v.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_ROWS.map((row) => {
            const values = done.map((v) => row.get(v.result))
            const best = bestIndices(values, row.better)
            return (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">
                  {row.label}
                  <span className="sl-muted">
                    {' '}
                    ({row.better === 'low' ? 'lower' : 'higher'} is better)
                  </span>
                </th>
                {values.map((v, i) => (
                  <td
                    key={done[i].key}
                    className={`is-num${best.has(i) ? ' is-best' : ''}`}
                    data-best={best.has(i) || undefined}
                  >
                    {row.format(v, timeUnit)}
                    {best.has(i) && <span aria-label="best"> ★</span>}
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
