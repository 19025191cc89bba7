// `schedlab run --format csv`: one row per thread, the table the app's Metrics export writes
// (present/csv.ts): the header is the JSON field names of a thread row, in the same order, so a
// spreadsheet and a JSON reader see the same columns.
import type { SimResult } from '../../sim-core'
import { threadsCsv } from '../../present/csv'

export function resultCsv(r: SimResult): string[] {
  return [threadsCsv(r)]
}
