import './popover.css'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Icon, type IconName } from './Icon'

interface PopoverProps {
  /** The button's accessible name (and visible text unless `iconOnly`). */
  label: string
  icon?: IconName
  iconOnly?: boolean
  align?: 'left' | 'right'
  /** The panel; `close` lets an item close it after acting. */
  children: (close: () => void) => ReactNode
}

/**
 * A toolbar button that opens a small panel of native controls (radio groups, buttons).
 * Escape or a click outside closes it and returns focus to the button.
 */
export function Popover({ label, icon, iconOnly, align = 'left', children }: PopoverProps) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    root.current?.querySelector<HTMLElement>('.popover-panel input, .popover-panel button')?.focus()
    return () => document.removeEventListener('mousedown', onDown)
  }, [open])

  return (
    <div
      className="popover"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          close()
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={iconOnly ? 'icon-button' : 'tool-button'}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={iconOnly ? label : undefined}
        title={iconOnly ? label : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {icon && <Icon name={icon} />}
        {!iconOnly && <span>{label}</span>}
        <Icon name="chevronDown" size={12} className="chevron" />
      </button>
      {open && (
        <div id={id} className={`popover-panel popover-${align}`} role="group" aria-label={label}>
          {children(close)}
        </div>
      )}
    </div>
  )
}
