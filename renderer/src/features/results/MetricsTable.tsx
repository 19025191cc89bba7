// Per-thread, per-process, per-coroutine and per-lock figures, sortable; clicking a thread row
// selects that thread everywhere (timeline highlight included).
import { useState } from 'react'
import type { SimResult } from '../../../../sim-core'
import { SortableTable } from './SortableTable'
import {
  coroutineColumns,
  extraColumns,
  lockColumns,
  processColumns,
  threadColumns
} from './table-columns'

export interface MetricsTableProps {
  result: SimResult
  selected: number
  onSelect(task: number): void
}

type View = 'threads' | 'processes' | 'coroutines' | 'locks'

const LABELS: Record<View, string> = {
  threads: 'Per thread',
  processes: 'Per process',
  coroutines: 'Per coroutine',
  locks: 'Locks'
}

export function MetricsTable({ result, selected, onSelect }: MetricsTableProps) {
  const [view, setView] = useState<View>('threads')
  const index = new Map(result.threads.map((t, i) => [t.id, i]))
  const views: View[] = ['threads', 'processes']
  if (result.coroutines.length > 0) views.push('coroutines')
  if (result.locks.length > 0) views.push('locks')
  const shown = views.includes(view) ? view : 'threads'
  const unit = result.timeUnit
  const tCols = threadColumns(unit)
  const pCols = processColumns(unit)
  return (
    <section className="sl-metrics-table" aria-label="Metrics table">
      <div className="sl-segmented" role="radiogroup" aria-label="Rows">
        {views.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="sl-table-view"
              checked={shown === v}
              onChange={() => setView(v)}
            />
            {LABELS[v]}
          </label>
        ))}
      </div>
      {shown === 'threads' && (
        <SortableTable
          caption={`Threads (${result.threads.length})`}
          columns={[...tCols, ...extraColumns(result.threads, tCols)]}
          rows={result.threads}
          rowKey={(t) => t.id}
          selectedKey={selected >= 0 ? result.threads[selected]?.id : undefined}
          onRowClick={(t) => {
            const i = index.get(t.id) ?? -1
            onSelect(i === selected ? -1 : i)
          }}
        />
      )}
      {shown === 'processes' && (
        <SortableTable
          caption={`Processes (${result.processes.length})`}
          columns={[...pCols, ...extraColumns(result.processes, pCols)]}
          rows={result.processes}
          rowKey={(p) => p.id}
        />
      )}
      {shown === 'coroutines' && (
        <SortableTable
          caption={`Coroutines (${result.coroutines.length})`}
          columns={coroutineColumns(unit)}
          rows={result.coroutines}
          rowKey={(c) => c.id}
        />
      )}
      {shown === 'locks' && (
        <SortableTable
          caption={`Locks (${result.locks.length})`}
          columns={lockColumns(unit)}
          rows={result.locks}
          rowKey={(l) => l.name}
        />
      )}
    </section>
  )
}
