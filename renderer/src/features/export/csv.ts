// The app's CSV exports: the tables and the trace in the shared formats of present/csv.ts, the
// trace's reason column in the UI language.
import type { RequestRecord, SimResult } from '../../../../sim-core'
import {
  coresCsv,
  processesCsv,
  requestCsvLines,
  rowsCsv,
  threadsCsv,
  traceCsv as sharedTraceCsv
} from '../../../../present/csv'
import type { MetricsView } from '../charts/metrics-view'
import { resultChannels } from '../charts/result-rows'
import type { Language } from '../../i18n/language'
import { endReasonWords } from '../timeline/words'

/**
 * The rows the Metrics tab's table shows, as CSV, and what the file is named after: the export
 * writes the table the user chose, not always the threads.
 */
export function metricsCsv(result: SimResult, view: MetricsView): { what: string; csv: string } {
  switch (view) {
    case 'threads':
      return { what: 'metrics', csv: threadsCsv(result) }
    case 'processes':
      return { what: 'process-metrics', csv: processesCsv(result) }
    case 'cores':
      return { what: 'core-metrics', csv: coresCsv(result) }
    case 'coroutines':
      return { what: 'coroutine-metrics', csv: rowsCsv(result.coroutines, []) }
    case 'locks':
      return { what: 'lock-metrics', csv: rowsCsv(result.locks, []) }
    case 'channels':
      return { what: 'channel-metrics', csv: rowsCsv(resultChannels(result), []) }
    case 'jobs':
      return { what: 'job-metrics', csv: rowsCsv(result.jobs, []) }
  }
}

/** `lang` words the reason column; the codes beside it are the same in every language. */
export function traceCsv(result: SimResult, lang: Language = 'en'): string {
  return sharedTraceCsv(result, (code) => endReasonWords(code, lang))
}

/** A cluster run's requests, one row each (the same columns as `schedlab run --format csv`). */
export function requestsCsv(records: readonly RequestRecord[]): string {
  let out = ''
  for (const line of requestCsvLines(records)) out += line
  return out
}
