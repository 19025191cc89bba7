// CSV, JSON and file names: the data exports say the same as the result.
import { describe, expect, it } from 'vitest'
import { resultJsonObject } from '../../../cli/format/result-json'
import { csvCell, processesCsv, threadsCsv, THREAD_FIELDS } from '../../../present/csv'
import { metricsCsv, traceCsv } from '../../../renderer/src/features/export/csv'
import { exportName, slug } from '../../../renderer/src/features/export/file-names'
import { resultJson } from '../../../renderer/src/features/export/result-json'
import { sortRows } from '../../../renderer/src/features/results/sort-rows'
import { runExample } from '../../helpers/examples'
import { demoResult, scenarioOf } from './fixtures'

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((l) => l.split(','))
}

describe('threadsCsv', () => {
  it('has the JSON field names as headers and one row per thread with the same numbers', () => {
    const { result } = demoResult()
    const [head, ...rows] = parseCsv(threadsCsv(result))
    expect(head).toEqual(Object.keys(result.threads[0]))
    for (const f of THREAD_FIELDS) expect(head).toContain(f)
    expect(rows).toHaveLength(result.threads.length)
    rows.forEach((row, i) => {
      const t = result.threads[i] as unknown as Record<string, unknown>
      head.forEach((f, j) => {
        const v = t[f]
        expect(row[j]).toBe(v === null ? '' : String(v))
      })
    })
  })

  it('lists processes with their JSON fields', () => {
    const { result } = demoResult()
    const [head, ...rows] = parseCsv(processesCsv(result))
    expect(head).toEqual(Object.keys(result.processes[0]))
    expect(rows).toHaveLength(result.processes.length)
  })

  it('quotes cells that need it', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell(null)).toBe('')
    expect(csvCell(3.5)).toBe('3.5')
  })
})

describe('traceCsv', () => {
  it('has one row per segment, codes as in the JSON plus words', () => {
    const { result } = demoResult()
    const lines = traceCsv(result).trim().split('\n')
    expect(lines[0]).toBe(
      'segStart,segEnd,segCpu,segTask,segKind,segReason,segCoroutine,thread,kind,reason,coroutine'
    )
    expect(lines).toHaveLength(result.trace.segments + 1)
    const first = lines[1].split(',')
    expect(Number(first[0])).toBe(result.trace.segStart[0])
    expect(Number(first[1])).toBe(result.trace.segEnd[0])
  })
})

describe('resultJson', () => {
  it('is the CLI JSON plus the trace as plain arrays', () => {
    const { result } = demoResult()
    const parsed = JSON.parse(resultJson(result)) as Record<string, unknown> & {
      trace: Record<string, unknown>
    }
    const { trace, ...rest } = parsed
    expect(rest).toEqual(JSON.parse(JSON.stringify(resultJsonObject(result))))
    expect(rest.policyRule).toBe('the head of the run queue')
    expect(trace.segments).toBe(result.trace.segments)
    expect(trace.segStart).toEqual(Array.from(result.trace.segStart))
    expect(trace.stState).toEqual(Array.from(result.trace.stState))
  })
})

describe('file names', () => {
  it('say what they are', () => {
    const { scenario } = demoResult()
    expect(exportName(scenario, 'utilization', 'svg')).toBe('web-server_rr-q3_utilization.svg')
    expect(exportName(scenario, 'compare-metrics', 'png', 'compare')).toBe(
      'web-server_compare_compare-metrics.png'
    )
    expect(slug('  Thread per request vs. event loop! ')).toBe('thread-per-request-vs-event-loop')
    expect(slug('***')).toBe('scenario')
    const fcfs = scenarioOf({
      ...JSON.parse(JSON.stringify(scenario)),
      scheduler: { policy: 'fcfs' }
    })
    expect(exportName(fcfs, 'metrics', 'csv')).toBe('web-server_fcfs_metrics.csv')
  })
})

describe('sortRows', () => {
  it('sorts numbers and text both ways, stable, with missing values last', () => {
    const rows = [
      { id: 'b', v: 2 },
      { id: 'a', v: null },
      { id: 'c', v: 1 },
      { id: 'd', v: 2 }
    ]
    expect(sortRows(rows, (r) => r.v, 'ascending').map((r) => r.id)).toEqual(['c', 'b', 'd', 'a'])
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.id)).toEqual(['b', 'd', 'c', 'a'])
    expect(sortRows(rows, (r) => r.id, 'descending').map((r) => r.id)).toEqual(['d', 'c', 'b', 'a'])
    const names = [{ n: 'worker-10' }, { n: 'worker-2' }]
    expect(sortRows(names, (r) => r.n, 'ascending').map((r) => r.n)).toEqual([
      'worker-2',
      'worker-10'
    ])
  })
})

describe('metricsCsv', () => {
  it('writes the rows the Metrics tab shows: threads, processes, coroutines, locks or jobs', () => {
    const eventLoop = runExample('io-event-loop')
    const coroutines = metricsCsv(eventLoop, 'coroutines')
    const [head, ...rows] = parseCsv(coroutines.csv)
    expect(coroutines.what).toBe('coroutine-metrics')
    expect(head).toEqual(Object.keys(eventLoop.coroutines[0]))
    expect(rows).toHaveLength(eventLoop.coroutines.length)
    expect(rows.map((r) => r[head.indexOf('turnaround')])).toEqual(
      eventLoop.coroutines.map((c) => String(c.turnaround))
    )
    expect(metricsCsv(eventLoop, 'threads')).toEqual({
      what: 'metrics',
      csv: threadsCsv(eventLoop)
    })
    expect(metricsCsv(eventLoop, 'processes').csv).toBe(processesCsv(eventLoop))

    const locks = runExample('priority-inversion')
    const [lockHead, ...lockRows] = parseCsv(metricsCsv(locks, 'locks').csv)
    expect(lockHead).toEqual(Object.keys(locks.locks[0]))
    expect(lockRows).toHaveLength(locks.locks.length)
  })
})
