// A one-page HTML report: what was simulated, the headline figures, the charts as inline SVG
// and the per-thread table, then coroutines and locks when the run has them. Self-contained (no
// scripts, no external files), prints on A4; wide tables scroll on screen and wrap on paper.
import type { Scenario, SimResult } from '../../../../sim-core'
import { SCHEDLAB_VERSION } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey, type Params } from '../../i18n/translate'
import { formatNumber } from '../charts/format'
import { paramLabel } from '../editor/labels'
import { summaryFields } from '../charts/summary-fields'
import {
  coroutineColumns,
  lockColumns,
  threadColumns,
  usedColumns,
  type Column
} from '../charts/table-columns'
import { esc } from '../../../../present/svg'
import type { SvgPicture } from './target'

export interface ReportFigure {
  title: string
  picture: SvgPicture
}

/** Above this many threads the report lists the first ones and says so. */
export const REPORT_MAX_ROWS = 500

/** The scheduler and its parameters, in the words of the builder's labels (Quantum, Ready order). */
export function schedulerText(s: Scenario['scheduler'], lang: Language): string {
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params)
  const value = (v: unknown): string =>
    typeof v === 'boolean' ? t(v ? 'report.on' : 'report.off') : String(v)
  const params = Object.entries(s)
    .filter(([k, v]) => k !== 'policy' && typeof v !== 'object')
    .map(([k, v]) =>
      t('report.param', {
        // The toolbar holds the quantum, so its label is the builder's name for it.
        label: k === 'quantum' ? t('toolbar.quantum') : paramLabel(k, t),
        value: value(v)
      })
    )
  const title = translate(lang, `policy.${s.policy}`)
  const rest = params.join(t('report.listSep'))
  // Chinese takes full-width brackets and no spaces around the dash.
  if (lang === 'zh') return `${s.policy}（${title}）${rest ? '—' + rest : ''}`
  return `${s.policy} (${title})${rest ? ' — ' + rest : ''}`
}

/** "2 processes, 5 threads, 8 coroutines, 1 lock": coroutines and locks only when there are any. */
function workloadText(r: SimResult, lang: Language): string {
  const t = (key: MessageKey, count: number): string => translate(lang, key, { count })
  const parts = [
    t('report.processCount', r.processes.length),
    t('report.threadCount', r.threads.length)
  ]
  if (r.coroutines.length > 0) parts.push(t('report.coroutineCount', r.coroutines.length))
  if (r.locks.length > 0) parts.push(t('report.lockCount', r.locks.length))
  return parts.join(translate(lang, 'report.listSep'))
}

const cell = (v: unknown): string =>
  typeof v === 'number' ? formatNumber(v) : v === null ? '—' : esc(String(v))

/** A table in a scrolling box, so a wide one never runs past the page on screen. */
function tableHtml<T extends object>(cols: Column<T>[], rows: readonly T[]): string {
  const value = (row: T, c: Column<T>): string =>
    c.render ? esc(c.render(row)) : cell((row as Record<string, unknown>)[c.key])
  // Names and words read from the left, figures line up on the right.
  const cls = (c: Column<T>): string => (c.kind === 'text' ? ' class="t"' : '')
  return `<div class="table-wrap"><table><thead><tr>${cols.map((c) => `<th${cls(c)}>${esc(c.label)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((row) => `<tr>${cols.map((c) => `<td${cls(c)}>${value(row, c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`
}

export function buildReport(
  scenario: Scenario,
  result: SimResult,
  figures: ReportFigure[],
  lang: Language = 'en'
): string {
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params)
  const c = scenario.machine.costs
  const facts: [string, string][] = [
    [t('report.scheduler'), schedulerText(scenario.scheduler, lang)],
    [
      t('report.machine'),
      t('report.machineText', {
        cores: t('chart.cores', { count: scenario.machine.cores }),
        thread: c.threadSwitch,
        process: c.processSwitch,
        migration: c.migration,
        unit: scenario.timeUnit
      })
    ],
    [t('report.workload'), workloadText(result, lang)],
    [
      t('report.status'),
      t(`res.status.${result.status}`) + (result.limit ? ` (${result.limit})` : '')
    ],
    [t('report.timeUnit'), scenario.timeUnit]
  ]
  const unit = result.timeUnit
  const coroutines =
    result.coroutines.length === 0
      ? ''
      : `<h2>${esc(t('report.coroutines'))}</h2>
${result.coroutines.length > REPORT_MAX_ROWS ? `<p class="sub">${esc(t('report.firstCoroutineRows', { shown: REPORT_MAX_ROWS, total: result.coroutines.length }))}</p>` : ''}
${tableHtml(usedColumns(coroutineColumns(unit, lang), result.coroutines), result.coroutines.slice(0, REPORT_MAX_ROWS))}`
  const locks =
    result.locks.length === 0
      ? ''
      : `<h2>${esc(t('report.locks'))}</h2>
${tableHtml(usedColumns(lockColumns(unit, lang), result.locks), result.locks)}`
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('report.title', { name: scenario.name }))}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2328;background:#fff;max-width:1000px;margin:24px auto;padding:0 16px;line-height:1.4}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.sub{color:#57606a;margin:0 0 16px}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dl.facts dt{font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px}
.card .l{font-size:12px;color:#57606a}.card .v{font-size:18px;font-weight:600}
figure{margin:16px 0;break-inside:avoid}figure svg{max-width:100%;height:auto;border:1px solid #eaeef2}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:12px;width:100%}th,td{border-bottom:1px solid #eaeef2;padding:3px 6px;text-align:right}th.t,td.t{text-align:left}
td{white-space:nowrap}th{vertical-align:bottom;overflow-wrap:break-word;hyphens:auto}
thead th{background:#f6f8fa}footer{margin-top:24px;color:#57606a;font-size:12px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.table-wrap{overflow:visible}table{font-size:9px}th,td{padding:2px 3px}th,td:first-child{white-space:normal;overflow-wrap:anywhere}thead{display:table-header-group}tr{break-inside:avoid}}
</style></head><body>
<h1>${esc(scenario.name)}</h1>
${scenario.description ? `<p class="sub">${esc(scenario.description)}</p>` : ''}
<h2>${esc(t('report.scenario'))}</h2>
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h2>${esc(t('report.summary'))}</h2>
<div class="cards">${summaryFields(result, lang)
    .map(
      (f) =>
        `<div class="card"><div class="l">${esc(f.label)}</div><div class="v">${esc(f.text)}</div></div>`
    )
    .join('')}</div>
${figures.map((f) => `<figure aria-label="${esc(f.title)}">${f.picture.svg.replace(/^<\?xml[^>]*>/, '')}</figure>`).join('\n')}
<h2>${esc(t('report.threads'))}</h2>
${result.threads.length > REPORT_MAX_ROWS ? `<p class="sub">${esc(t('report.firstRows', { shown: REPORT_MAX_ROWS, total: result.threads.length }))}</p>` : ''}
${tableHtml(usedColumns(threadColumns(unit, lang), result.threads), result.threads.slice(0, REPORT_MAX_ROWS))}
${coroutines}
${locks}
<footer>${esc(t('report.footer', { version: SCHEDLAB_VERSION, format: result.schedlab }))}</footer>
</body></html>
`
}
