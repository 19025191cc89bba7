// A titled, sized box for one chart. The body has a definite height so Recharts' `responsive`
// prop can fill it (ResponsiveContainer would measure 0 in jsdom).
import type { ReactNode } from 'react'

export interface ChartFrameProps {
  title: string
  /** One line under the title: what the chart shows and how it was computed. */
  note?: string
  height?: number
  controls?: ReactNode
  children: ReactNode
}

export function ChartFrame({ title, note, height = 340, controls, children }: ChartFrameProps) {
  return (
    <figure className="sl-chart" aria-label={title}>
      <div className="sl-chart-head">
        <figcaption className="sl-chart-title">{title}</figcaption>
        {controls && <div className="sl-chart-controls">{controls}</div>}
      </div>
      {note && <p className="sl-chart-note">{note}</p>}
      <div className="sl-chart-body" style={{ height }}>
        {children}
      </div>
    </figure>
  )
}
