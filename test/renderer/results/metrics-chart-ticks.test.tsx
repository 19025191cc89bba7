// The per-thread bar chart names every thread under its bars without running off the chart:
// long names keep their end after an ellipsis, carry the full name as a tooltip, and the chart
// leaves room on the left for the slanted labels. (Recharts draws no tick text in jsdom; the
// labels' boxes in a real browser are checked in test/e2e/workbench-layout.e2e.test.ts.)
import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  mustSlant,
  NameTick,
  slantedLeftMargin,
  TICK_ANGLE,
  TICK_CHARS,
  textWidth,
  tickText
} from '../../../renderer/src/features/charts/name-tick'
import { LIGHT } from '../../../renderer/src/features/charts/theme'
import type { MetricRows } from '../../../renderer/src/features/charts/thread-metrics-data'
import { ThreadMetricsChart } from '../../../renderer/src/features/charts/ThreadMetricsChart'

const names = [
  ...Array.from({ length: 16 }, (_, i) => `thread-per-request/req-${i + 1}`),
  'event-loop/loop'
]
const rows: MetricRows = {
  per: 'thread',
  total: names.length,
  keys: ['turnaround', 'waiting', 'response'],
  rows: names.map((name, i) => ({ name, turnaround: 60 + i, waiting: 30, response: i }))
}

function tick(name: string, slanted = true) {
  const { container } = render(
    <svg>
      <NameTick
        x={100}
        y={240}
        payload={{ value: name }}
        slanted={slanted}
        fill="#555"
        fontSize={12}
        fontFamily="sans-serif"
      />
    </svg>
  )
  const text = container.querySelector('text')
  if (!text) throw new Error('no tick text')
  const title = text.querySelector('title')?.textContent ?? null
  return { text, title, shown: (text.textContent ?? '').slice((title ?? '').length) }
}

describe('thread names under the metrics bars', () => {
  it('shorten a long name from its start and keep the whole name as the tooltip', () => {
    const { text, title, shown } = tick('thread-per-request/req-1')
    expect(title).toBe('thread-per-request/req-1')
    expect(shown).toBe('…per-request/req-1')
    expect(shown.length).toBe(TICK_CHARS)
    expect(text.getAttribute('transform')).toBe(`rotate(${TICK_ANGLE})`)
    expect(text.getAttribute('text-anchor')).toBe('end')
  })

  it('show a short name whole, upright when there are few bars', () => {
    const { text, title, shown } = tick('event-loop/loop', false)
    expect(title).toBe('event-loop/loop')
    expect(shown).toBe('event-loop/loop')
    expect(text.getAttribute('transform')).toBeNull()
    expect(text.getAttribute('text-anchor')).toBe('middle')
  })

  it('widens the left margin to the slanted labels’ reach', async () => {
    const margin = slantedLeftMargin(names, 12, 64)
    const reach = textWidth(tickText(names[0]), 12) * Math.cos((TICK_ANGLE * Math.PI) / 180)
    expect(margin + 64).toBeGreaterThanOrEqual(reach)
    expect(margin).toBeGreaterThan(16)
    const { container } = render(
      <ThreadMetricsChart
        data={rows}
        timeUnit="ms"
        theme={LIGHT}
        size={{ width: 640, height: 340 }}
        animate={false}
      />
    )
    // The value axis sits right after the left margin.
    await waitFor(() =>
      expect(
        container.querySelector('.recharts-yAxis .recharts-cartesian-axis-line')?.getAttribute('x')
      ).toBe(String(margin))
    )
  })

  it('slants eight long names too: level, they would not fit side by side', async () => {
    // The online-shop preset's threads: a probe and seven handler threads named
    // "node/service/handler-0". Cut to 18 characters each name is about 18 × 0.6 × 12 = 130 px
    // wide; eight of them need about 1,100 px, more than a pane's chart, so they slant (and
    // the chart leaves their room on the left), where five short names stay level.
    const shop = [
      'one-1/monitor/probe',
      'one-1/orders-1-node/handler-0',
      'two-1/orders-2-nodes/handler-0',
      'two-2/orders-2-nodes/handler-0',
      'four-1/orders-4-nodes/handler-0',
      'four-2/orders-4-nodes/handler-0',
      'four-3/orders-4-nodes/handler-0',
      'four-4/orders-4-nodes/handler-0'
    ]
    expect(mustSlant(shop, 12)).toBe(true)
    expect(mustSlant(['a/x', 'a/y', 'b/z', 'c/w', 'd/v'], 12)).toBe(false)
    const margin = slantedLeftMargin(shop, 12, 64)
    expect(margin).toBeGreaterThan(16)
    const { container } = render(
      <ThreadMetricsChart
        data={{
          ...rows,
          total: shop.length,
          rows: rows.rows.slice(0, 8).map((r, i) => ({ ...r, name: shop[i] }))
        }}
        timeUnit="ms"
        theme={LIGHT}
        size={{ width: 640, height: 340 }}
        animate={false}
      />
    )
    await waitFor(() =>
      expect(
        container.querySelector('.recharts-yAxis .recharts-cartesian-axis-line')?.getAttribute('x')
      ).toBe(String(margin))
    )
  })

  it('counts wide (CJK) characters as a full em', () => {
    expect(textWidth('线程', 12)).toBe(24)
    expect(textWidth('ab', 10)).toBe(12)
  })
})
