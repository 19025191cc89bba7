// The Export button and its menu: pick the chart (when the tab has several), then PNG or SVG
// of it, or the run's data as CSV / trace CSV / JSON, or a one-page HTML report. The results
// pane owns it; in the app it is shown in the main toolbar (see ResultsPane's exportSlot).
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslate } from '../../i18n/context'
import type { MessageKey } from '../../i18n/translate'
import { runExport, type ExportContext, type ExportFormat } from './export-actions'

export interface ExportMenuProps {
  context: ExportContext
  /**
   * Whether the menu is open, when its owner keeps that (the app's store, so Ctrl/Cmd+E and the
   * File menu can open it); without these two props the menu keeps it itself.
   */
  open?: boolean
  onOpenChange?(open: boolean): void
  /** Where the outcome goes (the app's status bar); without it, a line beside the button. */
  onStatus?(text: string, tone: 'info' | 'error'): void
  /** Shortcut text for the tooltip ("Ctrl+E"). */
  shortcut?: string
  /** Extra class for the button, so the toolbar can style it like its own buttons. */
  buttonClass?: string
  /** Drawn before the label (the toolbar's icon), and after it (a ▾). */
  icon?: ReactNode
  caret?: ReactNode
  /** Class of the visible label (the toolbar hides it on narrow windows, like Open and Save). */
  labelClass?: string
}

const ITEMS: {
  format: ExportFormat
  label: MessageKey
  hint: MessageKey
  needsResult: boolean
  picture: boolean
}[] = [
  { format: 'png', label: 'exp.png', hint: 'exp.pngHint', needsResult: false, picture: true },
  { format: 'svg', label: 'exp.svg', hint: 'exp.svgHint', needsResult: false, picture: true },
  { format: 'csv', label: 'exp.csv', hint: 'exp.csvHint', needsResult: true, picture: false },
  { format: 'trace', label: 'exp.trace', hint: 'exp.traceHint', needsResult: true, picture: false },
  { format: 'json', label: 'exp.json', hint: 'exp.jsonHint', needsResult: true, picture: false },
  {
    format: 'report',
    label: 'exp.report',
    hint: 'exp.reportHint',
    needsResult: true,
    picture: false
  }
]

export function ExportMenu(props: ExportMenuProps) {
  const { context, onStatus } = props
  const t = useTranslate()
  const [ownOpen, setOwnOpen] = useState(false)
  const open = props.open ?? ownOpen
  const setOpen = (next: boolean): void => {
    if (props.onOpenChange) props.onOpenChange(next)
    else setOwnOpen(next)
  }
  const [choice, setChoice] = useState(0)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const rootRef = useRef<HTMLDivElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const targets = context.targets
  const target = targets[Math.min(choice, targets.length - 1)]

  // The listener added while open closes through the latest owner's callback.
  const close = useRef(() => setOpen(false))
  close.current = () => setOpen(false)

  const report = (text: string, tone: 'info' | 'error'): void => {
    if (onStatus) onStatus(text, tone)
    else setStatus(text)
  }

  useEffect(() => {
    if (!open) return
    menuRef.current
      ?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')
      ?.focus()
    const onDown = (e: MouseEvent): void => {
      if (!rootRef.current?.contains(e.target as Node)) close.current()
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open])

  const act = async (format: ExportFormat): Promise<void> => {
    setBusy(true)
    report(t('exp.busy'), 'info')
    try {
      const done = await runExport(format, context, target)
      if (done.outcome.ok) report(t('exp.saved', { name: done.outcome.path ?? done.name }), 'info')
      else report(t('exp.notSaved', { error: done.outcome.error }), 'error')
      setOpen(false)
    } catch (e) {
      report(t('exp.failed', { message: e instanceof Error ? e.message : String(e) }), 'error')
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
      e.stopPropagation()
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
      {!onStatus && (
        <span className="sl-export-status" role="status">
          {status}
        </span>
      )}
      <button
        type="button"
        className={props.buttonClass}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={t('exp.buttonHint', { keys: props.shortcut ?? 'Ctrl/Cmd+E' })}
        aria-keyshortcuts="Control+E Meta+E"
        aria-label={t('exp.button')}
      >
        {props.icon}
        <span className={props.labelClass}>{t('exp.button')}</span>
        {props.caret}
      </button>
      {open && (
        <div
          className="sl-menu"
          role="menu"
          aria-label={t('exp.menu')}
          ref={menuRef}
          onKeyDown={onMenuKey}
        >
          {targets.length > 1 && (
            <div role="group" aria-label={t('exp.chartGroup')}>
              <div className="sl-menu-caption">{t('exp.chart')}</div>
              {targets.map((tg, i) => (
                <button
                  key={tg.id}
                  type="button"
                  role="menuitemradio"
                  aria-checked={i === choice}
                  className="sl-menu-radio"
                  onClick={() => setChoice(i)}
                >
                  {tg.title}
                </button>
              ))}
            </div>
          )}
          {targets.length === 1 && (
            <div className="sl-menu-caption">{t('exp.chartOne', { title: targets[0].title })}</div>
          )}
          {targets.length === 0 && (
            <div className="sl-menu-caption">
              {t(context.result ? 'exp.noChart' : 'exp.noResult')}
            </div>
          )}
          {ITEMS.map((it) => {
            const disabled = busy || (it.needsResult && !context.result) || (it.picture && !target)
            return (
              <button
                key={it.format}
                type="button"
                role="menuitem"
                aria-disabled={disabled}
                title={t(it.hint)}
                className={it.format === 'csv' ? 'sl-menu-item sl-menu-break' : 'sl-menu-item'}
                onClick={() => {
                  if (!disabled) void act(it.format)
                }}
              >
                {t(it.label)}
              </button>
            )
          })}
        </div>
      )}
    </div>
  )
}
