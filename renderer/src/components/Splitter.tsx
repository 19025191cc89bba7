import { useRef } from 'react'

interface SplitterProps {
  label: string
  value: number
  min: number
  max: number
  /** +1: dragging right grows the panel (left panel); -1: dragging left grows it (right panel). */
  direction: 1 | -1
  onChange: (value: number) => void
}

/** A vertical panel divider: drag it, or focus it and use the arrow keys (Home/End for limits). */
export function Splitter({ label, value, min, max, direction, onChange }: SplitterProps) {
  const start = useRef<{ x: number; value: number } | null>(null)
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={(e) => {
        start.current = { x: e.clientX, value }
        e.currentTarget.setPointerCapture(e.pointerId)
      }}
      onPointerMove={(e) => {
        if (start.current)
          onChange(clamp(start.current.value + direction * (e.clientX - start.current.x)))
      }}
      onPointerUp={() => {
        start.current = null
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 48 : 16
        if (e.key === 'ArrowLeft') onChange(clamp(value - direction * step))
        else if (e.key === 'ArrowRight') onChange(clamp(value + direction * step))
        else if (e.key === 'Home') onChange(min)
        else if (e.key === 'End') onChange(max)
        else return
        e.preventDefault()
      }}
    />
  )
}
