// Category ticks that name threads or processes. Full names ("thread-per-request/req-16") ran
// past the chart's left edge when slanted, so a tick shows the end of a long name after an
// ellipsis (the end says which thread) and carries the whole name as its tooltip.
import { laneLabel } from './lane-label'

/** Characters of a name a tick shows. */
export const TICK_CHARS = 18
/** Slant of crowded tick labels, in degrees (negative: rising to the right). */
export const TICK_ANGLE = -35

export const tickText = (name: string): string => laneLabel(name, TICK_CHARS)

/** Approximate width of a label: wide (CJK) characters a full em, others about 0.6 em. */
export function textWidth(text: string, px: number): number {
  let w = 0
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? px : px * 0.6
  return w
}

/** Room for level names side by side: about the plot's width in the results pane. */
const LEVEL_ROOM = 640

/**
 * Whether the names must slant: past eight of them, or when, level, they would not fit side by
 * side (a cluster's eight "…node/service/handler-0" names overlapped into one grey line).
 */
export function mustSlant(names: readonly string[], px: number): boolean {
  if (names.length > 8) return true
  let widest = 0
  for (const name of names) widest = Math.max(widest, textWidth(tickText(name), px))
  return names.length * (widest + 8) > LEVEL_ROOM
}

/**
 * Left margin that keeps slanted labels inside the chart: the widest label's horizontal reach
 * (any of them may come first once sorted or filtered), less the room the value axis
 * (`axisWidth`) already leaves on its left.
 */
export function slantedLeftMargin(names: readonly string[], px: number, axisWidth: number): number {
  let widest = 0
  for (const name of names) widest = Math.max(widest, textWidth(tickText(name), px))
  const reach = widest * Math.cos((TICK_ANGLE * Math.PI) / 180)
  return Math.max(0, Math.ceil(reach - axisWidth + 6))
}

interface NameTickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  slanted: boolean
  fill: string
  fontSize: number
  fontFamily: string
}

export function NameTick({ x, y, payload, slanted, fill, fontSize, fontFamily }: NameTickProps) {
  const name = String(payload?.value ?? '')
  return (
    <g transform={`translate(${Number(x ?? 0)},${Number(y ?? 0)})`}>
      <text
        dy={slanted ? 4 : 12}
        textAnchor={slanted ? 'end' : 'middle'}
        transform={slanted ? `rotate(${TICK_ANGLE})` : undefined}
        fill={fill}
        fontSize={fontSize}
        fontFamily={fontFamily}
      >
        <title>{name}</title>
        {tickText(name)}
      </text>
    </g>
  )
}
