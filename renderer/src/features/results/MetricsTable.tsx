// Per-thread, per-process, per-core, per-coroutine, per-lock, per-channel and per-job figures, sortable; clicking a
// thread row selects that thread everywhere (timeline highlight included).
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import type { MessageKey } from '../../i18n/translate'
import { missesPerThread } from './job-misses'
import { metricsViews, shownView, type MetricsView } from '../charts/metrics-view'
import { SortableTable } from './SortableTable'
import { channelColumns } from '../charts/channel-columns'
import { resultChannels } from '../charts/result-rows'
import {
  coreColumns,
  coroutineColumns,
  extraColumns,
  figuresFirst,
  jobColumns,
  lockColumns,
  processColumns,
  threadColumns,
  usedColumns
} from '../charts/table-columns'

export interface MetricsTableProps {
  result: SimResult
  view: MetricsView
  onView(view: MetricsView): void
  selected: number
  onSelect(task: number): void
}

const LABELS: Record<MetricsView, MessageKey> = {
  threads: 'metrics.view.threads',
  processes: 'metrics.view.processes',
  cores: 'metrics.view.cores',
  coroutines: 'metrics.view.coroutines',
  locks: 'metrics.view.locks',
  channels: 'metrics.view.channels',
  jobs: 'metrics.view.jobs'
}

export function MetricsTable({ result, view, onView, selected, onSelect }: MetricsTableProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const index = new Map(result.threads.map((th, i) => [th.id, i]))
  const views = metricsViews(result)
  const shown = shownView(result, view)
  const unit = result.timeUnit
  const tCols = threadColumns(unit, lang)
  const pCols = processColumns(unit, lang)
  const selectThread = (id: string): void => {
    const i = index.get(id) ?? -1
    onSelect(i === selected ? -1 : i)
  }
  const selectedKey = selected >= 0 ? result.threads[selected]?.id : undefined
  return (
    <section className="sl-metrics-table" aria-label={t('metrics.table')}>
      <div className="sl-segmented" role="radiogroup" aria-label={t('metrics.rows')}>
        {views.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="sl-table-view"
              checked={shown === v}
              onChange={() => onView(v)}
            />
            {t(LABELS[v])}
          </label>
        ))}
      </div>
      {shown === 'threads' && (
        <SortableTable
          caption={t('metrics.caption.threads', { count: result.threads.length })}
          columns={figuresFirst(
            usedColumns([...tCols, ...extraColumns(result.threads, tCols)], result.threads)
          )}
          rows={result.threads}
          rowKey={(th) => th.id}
          selectedKey={selectedKey}
          onRowClick={(th) => selectThread(th.id)}
        />
      )}
      {shown === 'processes' && (
        <SortableTable
          caption={t('metrics.caption.processes', { count: result.processes.length })}
          columns={figuresFirst([...pCols, ...extraColumns(result.processes, pCols)])}
          rows={result.processes}
          rowKey={(p) => p.id}
        />
      )}
      {shown === 'cores' && (
        <SortableTable
          caption={t('metrics.caption.cores', { count: result.cores.length })}
          columns={coreColumns(unit, lang)}
          rows={result.cores}
          rowKey={(c) => String(c.id)}
        />
      )}
      {shown === 'coroutines' && (
        <SortableTable
          caption={t('metrics.caption.coroutines', { count: result.coroutines.length })}
          columns={figuresFirst(usedColumns(coroutineColumns(unit, lang), result.coroutines))}
          rows={result.coroutines}
          rowKey={(c) => c.id}
        />
      )}
      {shown === 'locks' && (
        <SortableTable
          caption={t('metrics.caption.locks', { count: result.locks.length })}
          columns={usedColumns(lockColumns(unit, lang), result.locks)}
          rows={result.locks}
          rowKey={(l) => l.name}
        />
      )}
      {shown === 'channels' && (
        <SortableTable
          caption={t('metrics.caption.channels', { count: resultChannels(result).length })}
          columns={channelColumns(unit, lang)}
          rows={resultChannels(result)}
          rowKey={(c) => c.name}
        />
      )}
      {shown === 'jobs' && (
        <p className="sl-muted sl-job-misses" data-testid="job-misses">
          {t('jobs.missesPerThread', {
            list: missesPerThread(result.jobs)
              .map((m) =>
                t('jobs.threadMisses', { thread: m.thread, missed: m.missed, jobs: m.jobs })
              )
              .join(', ')
          })}
          {result.jobsOmitted ? ` ${t('jobs.omitted', { count: result.jobsOmitted })}` : ''}
        </p>
      )}
      {shown === 'jobs' && (
        <SortableTable
          caption={t('metrics.caption.jobs', {
            count: result.jobs.length,
            missed: result.summary.deadlineMisses
          })}
          columns={jobColumns(unit, lang)}
          rows={result.jobs}
          rowKey={(j) => `${j.thread}#${j.job}`}
          onRowClick={(j) => selectThread(j.thread)}
          rowClass={(j) =>
            [j.missed ? 'is-missed' : '', j.thread === selectedKey ? 'is-selected' : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
      )}
    </section>
  )
}
