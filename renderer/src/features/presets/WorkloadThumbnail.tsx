import type { OpDraft } from '../../scenario/draft'
import { asOps } from '../editor/op-convert'
import { seriesColor } from '../../../../present/palette'

type Piece = { kind: 'cpu' | 'wait' | 'lock'; len: number }

/** A thread's ops laid end to end (repeats expanded, up to a point), for a picture only. */
function pieces(ops: readonly OpDraft[], out: Piece[] = [], budget = { n: 400 }): Piece[] {
  for (const op of ops) {
    if (budget.n-- <= 0) break
    if ('repeat' in op) {
      for (let i = 0; i < Math.min(op.repeat, 50) && budget.n > 0; i++)
        pieces(asOps(op.ops), out, budget)
    } else if ('cpu' in op) out.push({ kind: 'cpu', len: op.cpu })
    else if ('io' in op) out.push({ kind: 'wait', len: op.io })
    else if ('await' in op) out.push({ kind: 'wait', len: op.await })
    else if ('sleep' in op) out.push({ kind: 'wait', len: op.sleep })
    else if ('lock' in op) out.push({ kind: 'lock', len: 0 })
  }
  return out
}

interface Lane {
  color: string
  start: number
  parts: Piece[]
}

/**
 * A small picture of a scenario's workload: one lane per thread (or coroutine), CPU bursts in
 * the process's colour, waits as thin lines, lock acquisitions as ticks. Decorative.
 */
export function WorkloadThumbnail({ scenario }: { scenario: unknown }) {
  const s = scenario as {
    processes?: {
      arrival?: number
      threads?: {
        arrival?: number
        ops?: unknown
        coroutines?: { arrival?: number; ops?: unknown }[]
      }[]
    }[]
  }
  const lanes: Lane[] = []
  ;(s.processes ?? []).forEach((p, pi) => {
    const color = seriesColor(pi)
    for (const th of p.threads ?? []) {
      const start = Math.max(p.arrival ?? 0, th.arrival ?? 0)
      if (th.coroutines?.length) {
        for (const c of th.coroutines)
          lanes.push({ color, start: start + (c.arrival ?? 0), parts: pieces(asOps(c.ops)) })
      } else lanes.push({ color, start, parts: pieces(asOps(th.ops)) })
    }
  })
  const shown = lanes.slice(0, 8)
  const end = shown.reduce(
    (m, l) => Math.max(m, l.start + l.parts.reduce((a, p) => a + p.len, 0)),
    1
  )
  const W = 160
  const laneH = Math.min(10, 64 / Math.max(1, shown.length))
  const x = (v: number) => (v / end) * W
  return (
    <svg
      className="thumbnail"
      viewBox={`0 0 ${W} 64`}
      width={W}
      height={64}
      aria-hidden="true"
      focusable="false"
    >
      {shown.map((lane, i) => {
        let at = lane.start
        const y = i * laneH + (64 - shown.length * laneH) / 2
        return (
          <g key={i}>
            {lane.parts.map((p, j) => {
              const x0 = x(at)
              at += p.len
              if (p.kind === 'cpu')
                return (
                  <rect
                    key={j}
                    x={x0}
                    y={y + 1}
                    width={Math.max(0.8, x(p.len))}
                    height={laneH - 2}
                    fill={lane.color}
                    rx={1}
                  />
                )
              if (p.kind === 'wait')
                return (
                  <line
                    key={j}
                    x1={x0}
                    x2={x0 + x(p.len)}
                    y1={y + laneH / 2}
                    y2={y + laneH / 2}
                    stroke={lane.color}
                    strokeOpacity={0.45}
                    strokeDasharray="2 2"
                  />
                )
              return (
                <rect
                  key={j}
                  x={x0 - 0.6}
                  y={y}
                  width={1.2}
                  height={laneH}
                  fill="currentColor"
                  opacity={0.7}
                />
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
