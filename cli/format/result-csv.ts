// `schedlab run --format csv`: one row per thread; the header is the JSON field names of a thread
// row, in the same order, so a spreadsheet and a JSON reader see the same columns. The columns
// are read from the rows themselves, so a field sim-core adds to ThreadRow appears here too.
import type { SimResult } from '../../sim-core'
import { csvRow, type Cell } from './csv'

export function* resultCsv(r: SimResult): Generator<string> {
  const [first] = r.threads
  // A valid scenario has at least one thread; `id` alone keeps the file well-formed regardless.
  const columns = first ? Object.keys(first) : ['id']
  yield csvRow(columns)
  for (const t of r.threads) {
    const fields = new Map<string, unknown>(Object.entries(t))
    yield csvRow(columns.map((c) => fields.get(c) as Cell))
  }
}
