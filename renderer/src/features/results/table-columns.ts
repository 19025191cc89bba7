// Columns of the metrics table: the JSON field, a header with its unit, and how to show it.
import type { ProcessRow, SimResult, ThreadRow } from '../../../../sim-core'
import { unitLabel } from '../charts/format'

export interface Column<T> {
  key: keyof T & string
  label: string
  kind: 'text' | 'time' | 'count'
}

export function threadColumns(unit: string): Column<ThreadRow>[] {
  const u = unitLabel(unit)
  const t = (key: keyof ThreadRow & string, label: string): Column<ThreadRow> => ({
    key,
    label: `${label} (${u})`,
    kind: 'time'
  })
  return [
    { key: 'id', label: 'Thread', kind: 'text' },
    { key: 'process', label: 'Process', kind: 'text' },
    t('arrival', 'Arrival'),
    t('firstRun', 'First run'),
    t('finish', 'Finish'),
    t('turnaround', 'Turnaround'),
    t('waiting', 'Waiting'),
    t('response', 'Response'),
    t('cpu', 'CPU'),
    t('blocked', 'Blocked'),
    t('lockWait', 'Lock wait'),
    t('overhead', 'Overhead'),
    { key: 'preemptions', label: 'Preemptions', kind: 'count' },
    { key: 'switches', label: 'Switches', kind: 'count' },
    { key: 'migrations', label: 'Migrations', kind: 'count' }
  ]
}

export function processColumns(unit: string): Column<ProcessRow>[] {
  const u = unitLabel(unit)
  const t = (key: keyof ProcessRow & string, label: string): Column<ProcessRow> => ({
    key,
    label: `${label} (${u})`,
    kind: 'time'
  })
  return [
    { key: 'id', label: 'Process', kind: 'text' },
    { key: 'threads', label: 'Threads', kind: 'count' },
    t('arrival', 'Arrival'),
    t('firstRun', 'First run'),
    t('finish', 'Finish'),
    t('turnaround', 'Turnaround'),
    t('response', 'Response'),
    t('waiting', 'Waiting (sum)'),
    t('cpu', 'CPU'),
    t('blocked', 'Blocked')
  ]
}

/** Numeric fields the table does not know yet (sim-core grows): shown after the known ones. */
export function extraColumns<T extends object>(
  rows: readonly T[],
  known: Column<T>[]
): Column<T>[] {
  if (rows.length === 0) return []
  const have = new Set(known.map((c) => c.key))
  return Object.keys(rows[0])
    .filter(
      (k) =>
        !have.has(k as keyof T & string) &&
        typeof (rows[0] as Record<string, unknown>)[k] === 'number'
    )
    .map((k) => ({ key: k as keyof T & string, label: k, kind: 'count' as const }))
}

type CoroutineRow = SimResult['coroutines'][number]
type LockRow = SimResult['locks'][number]

export function coroutineColumns(unit: string): Column<CoroutineRow>[] {
  const u = unitLabel(unit)
  const t = (key: keyof CoroutineRow & string, label: string): Column<CoroutineRow> => ({
    key,
    label: `${label} (${u})`,
    kind: 'time'
  })
  return [
    { key: 'id', label: 'Coroutine', kind: 'text' },
    { key: 'host', label: 'Host thread', kind: 'text' },
    t('arrival', 'Arrival'),
    t('firstRun', 'First run'),
    t('finish', 'Finish'),
    t('turnaround', 'Turnaround'),
    t('response', 'Response'),
    t('waiting', 'Waiting'),
    t('stalled', 'Stalled'),
    t('cpu', 'CPU'),
    t('blocked', 'Blocked'),
    t('awaited', 'Awaited')
  ]
}

export function lockColumns(unit: string): Column<LockRow>[] {
  const u = unitLabel(unit)
  return [
    { key: 'name', label: 'Lock', kind: 'text' },
    { key: 'acquisitions', label: 'Acquisitions', kind: 'count' },
    { key: 'contended', label: 'Contended', kind: 'count' },
    { key: 'totalWait', label: `Total wait (${u})`, kind: 'time' },
    { key: 'maxWait', label: `Longest wait (${u})`, kind: 'time' },
    { key: 'holdTime', label: `Held (${u})`, kind: 'time' }
  ]
}
