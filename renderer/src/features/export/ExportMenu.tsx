// The Export button and its menu: pick the chart (when the tab has several), then PNG or SVG
// of it, or the run's data as CSV / trace CSV / JSON, or a one-page HTML report.
import { useEffect, useRef, useState } from 'react'
import { runExport, type ExportContext, type ExportFormat } from './export-actions'

export interface ExportMenuProps {
  context: ExportContext
  /** Opening the menu from outside (Ctrl/Cmd+E) bumps this number. */
  openSignal?: number
}

const ITEMS: {
  format: ExportFormat
  label: string
  hint: string
  needsResult: boolean
  picture: boolean
}[] = [
  {
    format: 'png',
    label: 'PNG',
    hint: 'the chart as a 2× PNG image',
    needsResult: false,
    picture: true
  },
  {
    format: 'svg',
    label: 'SVG',
    hint: 'the chart as SVG (opens in browsers and Inkscape)',
    needsResult: false,
    picture: true
  },
  {
    format: 'csv',
    label: 'CSV',
    hint: 'per-thread metrics, one row per thread',
    needsResult: true,
    picture: false
  },
  {
    format: 'trace',
    label: 'Trace segments',
    hint: 'every segment of the trace as CSV',
    needsResult: true,
    picture: false
  },
  {
    format: 'json',
    label: 'JSON',
    hint: 'the full result, trace included',
    needsResult: true,
    picture: false
  },
  {
    format: 'report',
    label: 'Report',
    hint: 'a one-page HTML report with charts and tables',
    needsResult: true,
    picture: false
  }
]

export function ExportMenu({ context, openSignal = 0 }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const [choice, setChoice] = useState(0)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const rootRef = useRef<HTMLDivElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const targets = context.targets
  const target = targets[Math.min(choice, targets.length - 1)]

  useEffect(() => {
    if (openSignal > 0) setOpen(true)
  }, [openSignal])

  useEffect(() => {
    if (!open) return
    menuRef.current
      ?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')
      ?.focus()
    const onDown = (e: MouseEvent): void => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open])

  const act = async (format: ExportFormat): Promise<void> => {
    setBusy(true)
    setStatus('Exporting…')
    try {
      const done = await runExport(format, context, target)
      setStatus(
        done.outcome.ok
          ? done.outcome.path
            ? `Saved ${done.outcome.path}`
            : `Saved ${done.name}`
          : `Not saved: ${done.outcome.error}`
      )
      setOpen(false)
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const onMenuKey = (e: React.KeyboardEvent): void => {
    const items = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []
    )
    const i = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') {
      setOpen(false)
      rootRef.current?.querySelector('button')?.focus()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const d = e.key === 'ArrowDown' ? 1 : -1
      items[(i + d + items.length) % items.length]?.focus()
    }
  }

  return (
    <div className="sl-export" ref={rootRef}>
      <span className="sl-export-status" role="status">
        {status}
      </span>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title="Export (Ctrl/Cmd+E)"
      >
        Export
      </button>
      {open && (
        <div
          className="sl-menu"
          role="menu"
          aria-label="Export"
          ref={menuRef}
          onKeyDown={onMenuKey}
        >
          {targets.length > 1 && (
            <div role="group" aria-label="Chart to export">
              <div className="sl-menu-caption">Chart</div>
              {targets.map((t, i) => (
                <button
                  key={t.id}
                  type="button"
                  role="menuitemradio"
                  aria-checked={i === choice}
                  className="sl-menu-radio"
                  onClick={() => setChoice(i)}
                >
                  {t.title}
                </button>
              ))}
            </div>
          )}
          {targets.length === 1 && <div className="sl-menu-caption">Chart: {targets[0].title}</div>}
          {targets.length === 0 && <div className="sl-menu-caption">No chart on this tab</div>}
          {ITEMS.map((it) => {
            const disabled = busy || (it.needsResult && !context.result) || (it.picture && !target)
            return (
              <button
                key={it.format}
                type="button"
                role="menuitem"
                aria-disabled={disabled}
                title={it.hint}
                className={it.format === 'csv' ? 'sl-menu-item sl-menu-break' : 'sl-menu-item'}
                onClick={() => {
                  if (!disabled) void act(it.format)
                }}
              >
                {it.label}
              </button>
            )
          })}
        </div>
      )}
    </div>
  )
}
