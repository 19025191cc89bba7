// The results pane's header: title, policy and status badges, how long the run took, the
// progress of a run in progress (with Cancel), and the Export menu — in the header, or in the
// app's toolbar when the shell hands the pane a slot there.
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import type { ExportContext } from '../export/export-actions'
import { ExportMenu } from '../export/ExportMenu'
import { RunProgress } from '../../components/RunProgress'

export interface RunTime {
  /** Milliseconds the engine ran (in the worker). */
  engineMs: number
  /** Milliseconds from Run to the result arriving. */
  totalMs: number
}

export interface ExportPlacement {
  /** Element to render the Export menu into (the toolbar); null while it mounts. */
  slot?: HTMLElement | null
  /** The menu's open state, kept by the app (Ctrl/Cmd+E anywhere opens it). */
  open?: boolean
  onOpenChange?(open: boolean): void
  onNotice?(text: string, tone: 'info' | 'error'): void
  /** "Ctrl+E" or "⌘E", for the button's tooltip. */
  shortcut?: string
  /** The toolbar's look for the button: its class, icon and caret. */
  buttonClass?: string
  icon?: ReactNode
  caret?: ReactNode
  labelClass?: string
}

export interface ResultsHeaderProps {
  result: SimResult | null
  stale: boolean
  running?: { progress: number; onCancel(): void }
  runTime?: RunTime | null
  exportContext: ExportContext
  exportPlacement?: ExportPlacement
  /** Whether the Export menu is open, and how to open or close it. */
  exportOpen: boolean
  onExportOpen(open: boolean): void
}

function seconds(ms: number, lang: string): string {
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : undefined, {
    maximumFractionDigits: ms < 10_000 ? 2 : 1
  })
  return ms < 1000 ? `${Math.round(ms)} ms` : `${nf.format(ms / 1000)} s`
}

export function ResultsHeader(p: ResultsHeaderProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const place = p.exportPlacement
  const menu = (
    <ExportMenu
      open={p.exportOpen}
      onOpenChange={p.onExportOpen}
      context={p.exportContext}
      onStatus={place?.onNotice}
      shortcut={place?.shortcut}
      buttonClass={place?.slot ? place.buttonClass : undefined}
      icon={place?.slot ? place.icon : undefined}
      caret={place?.slot ? place.caret : undefined}
      labelClass={place?.slot ? place.labelClass : undefined}
    />
  )
  return (
    <header className="sl-results-head">
      <h2 className="sl-results-title">{t('res.title')}</h2>
      {p.result && (
        <span className="sl-badges">
          <span className="sl-badge">{p.result.policy}</span>
          <span className={`sl-badge${p.result.status === 'completed' ? '' : ' is-warn'}`}>
            {t(`res.status.${p.result.status}`)}
          </span>
          {p.stale && <span className="sl-badge is-stale-badge">{t('res.staleBadge')}</span>}
        </span>
      )}
      {p.result && p.runTime && !p.running && (
        <span
          className="sl-muted sl-run-time"
          data-testid="run-time"
          data-engine-ms={p.runTime.engineMs.toFixed(0)}
          data-total-ms={p.runTime.totalMs.toFixed(0)}
          title={t('res.ranInHint', { total: seconds(p.runTime.totalMs, lang) })}
        >
          {t('res.ranIn', { time: seconds(p.runTime.engineMs, lang) })}
        </span>
      )}
      {p.running && <RunProgress progress={p.running.progress} onCancel={p.running.onCancel} />}
      <span className="sl-grow" />
      {place?.slot ? createPortal(menu, place.slot) : place?.slot === null ? null : menu}
    </header>
  )
}
