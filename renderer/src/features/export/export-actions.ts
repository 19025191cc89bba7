// What each Export menu entry does: build the bytes, name the file, hand it to saveFile.
import type { Scenario, SimResult } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import type { MetricsView } from '../charts/metrics-view'
import { metricsCsv, requestsCsv, traceCsv } from './csv'
import { exportName } from './file-names'
import { svgToPng } from './png'
import { buildReport } from './report'
import { resultJson } from './result-json'
import { saveFile, type SaveOutcome } from './save-file'
import type { ExportTarget } from './target'

export type ExportFormat = 'png' | 'svg' | 'csv' | 'trace' | 'json' | 'report'

export interface ExportContext {
  scenario: Scenario
  result: SimResult | null
  /** The pictures on the current tab; the menu lets the user pick one. */
  targets: ExportTarget[]
  /** Every picture worth putting in a report (built lazily: some render off screen). */
  reportTargets(): ExportTarget[]
  /** Language of the report and of the trace CSV's words (file names stay ASCII slugs). */
  lang?: Language
  /** The rows the Metrics tab shows (threads unless chosen there): the CSV export writes them. */
  metricsView?: MetricsView
  /** On a cluster run's Requests tab: the CSV export writes one row per request. */
  requestsCsv?: boolean
}

export interface ExportDone {
  name: string
  outcome: SaveOutcome
}

export async function runExport(
  format: ExportFormat,
  ctx: ExportContext,
  target: ExportTarget | undefined
): Promise<ExportDone> {
  const name = (what: string, ext: string, label?: string): string =>
    exportName(ctx.scenario, what, ext, label)
  const save = async (n: string, data: string | Uint8Array, mime: string): Promise<ExportDone> => ({
    name: n,
    outcome: await saveFile(n, data, mime)
  })
  if (format === 'png' || format === 'svg') {
    if (!target) throw new Error('nothing to export on this tab')
    const pic = await target.picture()
    const n = name(target.id, format, target.fileLabel)
    return format === 'svg'
      ? save(n, `<?xml version="1.0" encoding="UTF-8"?>\n${pic.svg}\n`, 'image/svg+xml')
      : save(n, await svgToPng(pic.svg, pic.width, pic.height, 2), 'image/png')
  }
  const result = ctx.result
  if (!result) throw new Error('run the scenario first')
  switch (format) {
    case 'csv': {
      if (ctx.requestsCsv && result.cluster)
        return save(name('requests', 'csv'), requestsCsv(result.cluster.requests), 'text/csv')
      const { what, csv } = metricsCsv(result, ctx.metricsView ?? 'threads')
      return save(name(what, 'csv'), csv, 'text/csv')
    }
    case 'trace':
      return save(name('trace', 'csv'), traceCsv(result, ctx.lang), 'text/csv')
    case 'json':
      return save(name('result', 'json'), resultJson(result), 'application/json')
    case 'report': {
      const figures = []
      for (const t of ctx.reportTargets())
        figures.push({ title: t.title, picture: await t.picture() })
      return save(
        name('report', 'html'),
        buildReport(ctx.scenario, result, figures, ctx.lang),
        'text/html'
      )
    }
  }
}
