// `schedlab trace --format csv`: one row per trace segment, in the order the engine wrote them.
import type { SimResult } from '../../sim-core'
import { csvRow } from './csv'
import { endReasonName, segmentKindName, threadName } from './trace-names'

export const TRACE_CSV_COLUMNS = ['start', 'end', 'cpu', 'thread', 'kind', 'reason'] as const

export function* traceCsv(r: SimResult): Generator<string> {
  const t = r.trace
  yield csvRow(TRACE_CSV_COLUMNS)
  for (let i = 0; i < t.segments; i++)
    yield csvRow([
      t.segStart[i],
      t.segEnd[i],
      t.segCpu[i],
      threadName(r, t.segTask[i]),
      segmentKindName(t.segKind[i]),
      endReasonName(t.segReason[i])
    ])
}
