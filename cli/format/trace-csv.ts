// `schedlab trace --format csv`: the trace CSV the app exports too (present/csv.ts), its reason
// column in English — the same bytes as the app's English export of the same run.
import type { SimResult } from '../../sim-core'
import { endReasonText } from '../../present/end-reasons'
import { traceCsvChunks } from '../../present/csv'

export function traceCsv(r: SimResult): Generator<string> {
  return traceCsvChunks(r, (code) => endReasonText(code))
}
