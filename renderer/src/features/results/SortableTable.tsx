// A table whose headers sort it (aria-sort says how), paged so 10,000 rows stay fast.
import { useMemo, useState } from 'react'
import { useTranslate } from '../../i18n/context'
import { formatNumber } from '../charts/format'
import { sortRows, type SortDir } from './sort-rows'
import type { Column } from '../charts/table-columns'

export interface SortableTableProps<T> {
  caption: string
  columns: Column<T>[]
  rows: readonly T[]
  rowKey(row: T): string
  /** Row index (in `rows`) to highlight, or -1. */
  selectedKey?: string
  onRowClick?(row: T): void
  /** Extra class for a row (a missed deadline is marked). */
  rowClass?(row: T): string | undefined
}

const PAGE = 100

export function SortableTable<T>(p: SortableTableProps<T>) {
  const t = useTranslate()
  const [sort, setSort] = useState<{ key: string; dir: SortDir } | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const sorted = useMemo(() => {
    if (!sort) return p.rows
    return sortRows(p.rows, (r) => (r as Record<string, unknown>)[sort.key], sort.dir)
  }, [p.rows, sort])
  const toggle = (key: string): void =>
    setSort((s) =>
      s?.key === key
        ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' }
        : { key, dir: 'ascending' }
    )
  const shown = sorted.slice(0, limit)
  return (
    <div className="sl-table-wrap">
      <table className="sl-table">
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort?.key === c.key ? sort.dir : 'none'}
                className={c.kind === 'text' ? '' : 'is-num'}
              >
                <button
                  type="button"
                  onClick={() => toggle(c.key)}
                  aria-label={c.head ? c.label : undefined}
                >
                  {c.head?.name ?? c.label}
                  <span aria-hidden="true" className="sl-sort-mark">
                    {sort?.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                  {/* The space keeps "Turnaround (ms)" one phrase when the text is read or copied. */}
                  {c.head && (
                    <>
                      {' '}
                      <span className="sl-th-unit">{c.head.unit}</span>
                    </>
                  )}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const key = p.rowKey(row)
            const cls = [p.selectedKey === key ? 'is-selected' : '', p.rowClass?.(row) ?? '']
              .filter(Boolean)
              .join(' ')
            return (
              <tr
                key={key}
                aria-selected={p.selectedKey === key}
                className={cls || undefined}
                onClick={p.onRowClick ? () => p.onRowClick?.(row) : undefined}
              >
                {p.columns.map((c) => {
                  const v = (row as Record<string, unknown>)[c.key]
                  return (
                    <td key={c.key} className={c.kind === 'text' ? '' : 'is-num'}>
                      {c.render
                        ? c.render(row)
                        : typeof v === 'number'
                          ? formatNumber(v)
                          : v === null
                            ? '—'
                            : String(v)}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
      {sorted.length > limit && (
        <div className="sl-table-more">
          {t('table.showing', { shown: limit, total: sorted.length })}{' '}
          <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)}>
            {t('table.more')}
          </button>
        </div>
      )}
    </div>
  )
}
