// Columns of the metrics table: the JSON field, a header with its unit, and how to show it.
// The builders start with ids and timestamps, the order the report's thread table keeps; the
// screen puts the figures first (figuresFirst), so Turnaround is in sight in a narrow pane.
import type { CoreRow, ProcessRow, SimResult, ThreadRow } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'
import { formatPercent, unitLabel } from './format'

export interface Column<T> {
  key: keyof T & string
  /** The whole header, unit included ("Turnaround (ms)"): the report and screen readers use it. */
  label: string
  /** On screen, the name over its unit: a column is then only as wide as its longest word. */
  head?: { name: string; unit: string }
  kind: 'text' | 'time' | 'count'
  /** Words for a value that is not a plain number or name (a job's outcome). */
  render?(row: T): string
}

type CoroutineRow = SimResult['coroutines'][number]
type LockRow = SimResult['locks'][number]
export type JobRow = SimResult['jobs'][number]

/** Column makers for one row type, in one language and time unit. */
export function makers<T>(unit: string, lang: Language) {
  const u = unitLabel(unit, lang)
  const words = (key: MessageKey) => translate(lang, key)
  return {
    text: (key: keyof T & string, label: MessageKey): Column<T> => ({
      key,
      label: words(label),
      kind: 'text'
    }),
    count: (key: keyof T & string, label: MessageKey): Column<T> => ({
      key,
      label: words(label),
      kind: 'count'
    }),
    time: (key: keyof T & string, label: MessageKey): Column<T> => ({
      key,
      label: translate(lang, 'col.withUnit', { label: words(label), unit: u }),
      head: { name: words(label), unit: translate(lang, 'col.unit', { unit: u }) },
      kind: 'time'
    })
  }
}

type Makers<T> = ReturnType<typeof makers<T>>

/** The times from arrival to response that thread, process and coroutine rows all have. */
type Lifetime = Record<
  'arrival' | 'firstRun' | 'finish' | 'turnaround' | 'waiting' | 'response',
  unknown
>

/** A task's arrival, first run and finish and the times that follow, in the report's order. */
function lifetimeColumns<T extends Lifetime>(c: Makers<T>, waiting: MessageKey): Column<T>[] {
  return [
    c.time('arrival', 'col.arrival'),
    c.time('firstRun', 'col.firstRun'),
    c.time('finish', 'col.finish'),
    c.time('turnaround', 'col.turnaround'),
    c.time('waiting', waiting),
    c.time('response', 'col.response')
  ]
}

export function threadColumns(unit: string, lang: Language = 'en'): Column<ThreadRow>[] {
  const c = makers<ThreadRow>(unit, lang)
  return [
    c.text('id', 'col.thread'),
    c.text('process', 'col.process'),
    ...lifetimeColumns(c, 'col.waiting'),
    c.time('cpu', 'col.cpu'),
    c.time('blocked', 'col.blocked'),
    c.time('lockWait', 'col.lockWait'),
    c.time('gilWait', 'col.gilWait'),
    c.count('timeouts', 'col.timeouts'),
    c.time('overhead', 'col.overhead'),
    c.count('preemptions', 'col.preemptions'),
    c.count('switches', 'col.switches'),
    c.count('migrations', 'col.migrations'),
    // Running time split by cache state (SCENARIO.md §2b): warm + cold = CPU for a plain thread.
    c.time('warm', 'col.warm'),
    c.time('cold', 'col.cold')
  ]
}

/** Per core: how busy it was, how much of that ran warm, and how many threads arrived from elsewhere. */
export function coreColumns(unit: string, lang: Language = 'en'): Column<CoreRow>[] {
  const c = makers<CoreRow>(unit, lang)
  return [
    {
      ...c.text('id', 'col.core'),
      render: (r) => translate(lang, 'legend.core', { n: r.id })
    },
    c.time('busy', 'col.busy'),
    c.time('warm', 'col.warm'),
    c.time('overhead', 'col.overhead'),
    c.time('idle', 'col.idle'),
    { ...c.count('utilization', 'col.utilization'), render: (r) => formatPercent(r.utilization) },
    c.count('migrations', 'col.migrations')
  ]
}

export function processColumns(unit: string, lang: Language = 'en'): Column<ProcessRow>[] {
  const c = makers<ProcessRow>(unit, lang)
  return [
    c.text('id', 'col.process'),
    c.count('threads', 'col.threads'),
    // A process's waiting is its threads' waits added up.
    ...lifetimeColumns(c, 'col.waitingSum'),
    c.time('cpu', 'col.cpu'),
    c.time('blocked', 'col.blocked')
  ]
}

/** Figures only some runs have (the GIL, timeouts): a column for them only when a row has one. */
const WHEN_USED: ReadonlySet<string> = new Set(['gilWait', 'timeouts'])

/** The columns, less those of WHEN_USED that are 0 (or absent) in every row. */
export function usedColumns<T>(cols: Column<T>[], rows: readonly T[]): Column<T>[] {
  return cols.filter(
    (c) =>
      !WHEN_USED.has(c.key) ||
      rows.some((r) => {
        const v = (r as Record<string, unknown>)[c.key]
        return typeof v === 'number' && v !== 0
      })
  )
}

/** Columns that say who or when rather than how long; on screen they follow the figures. */
const TRAILING: ReadonlySet<string> = new Set([
  'process',
  'host',
  'threads',
  'arrival',
  'firstRun',
  'finish'
])

/** The name column, then the figures people compare, then the ids and timestamps. */
export function figuresFirst<T>(cols: Column<T>[]): Column<T>[] {
  const [name, ...rest] = cols
  if (!name) return cols
  const late = (c: Column<T>): boolean => TRAILING.has(c.key)
  return [name, ...rest.filter((c) => !late(c)), ...rest.filter(late)]
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

export function coroutineColumns(unit: string, lang: Language = 'en'): Column<CoroutineRow>[] {
  const c = makers<CoroutineRow>(unit, lang)
  return [
    c.text('id', 'col.coroutine'),
    c.text('host', 'col.host'),
    ...lifetimeColumns(c, 'col.waiting'),
    c.time('stalled', 'col.stalled'),
    c.time('cpu', 'col.cpu'),
    c.time('blocked', 'col.blocked'),
    c.time('awaited', 'col.awaited'),
    c.count('timeouts', 'col.timeouts')
  ]
}

export function lockColumns(unit: string, lang: Language = 'en'): Column<LockRow>[] {
  const c = makers<LockRow>(unit, lang)
  return [
    c.text('name', 'col.lock'),
    c.count('acquisitions', 'col.acquisitions'),
    c.count('contended', 'col.contended'),
    c.time('totalWait', 'col.totalWait'),
    c.time('maxWait', 'col.maxWait'),
    c.time('holdTime', 'col.holdTime'),
    c.count('timeouts', 'col.timeouts')
  ]
}

/** Periodic jobs: release, deadline, finish and whether the deadline was met. */
export function jobColumns(unit: string, lang: Language = 'en'): Column<JobRow>[] {
  const c = makers<JobRow>(unit, lang)
  return [
    c.text('thread', 'col.thread'),
    c.count('job', 'col.job'),
    c.time('release', 'col.release'),
    c.time('deadline', 'col.deadline'),
    c.time('finish', 'col.finish'),
    c.time('response', 'col.response'),
    {
      ...c.text('missed', 'col.missed'),
      render: (j) =>
        translate(
          lang,
          j.aborted
            ? 'job.aborted'
            : j.missed
              ? 'job.missed'
              : j.finish === null
                ? 'job.unfinished'
                : 'job.met'
        )
    }
  ]
}
