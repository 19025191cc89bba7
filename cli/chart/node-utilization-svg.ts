// A cluster run's utilization per node over time: one step line per node (the busy share of its
// cores in each bucket), so an idle replica or a node that went down shows at a glance.
import { UTILIZATION_BUCKETS, type SimResult } from '../../sim-core'
import { nodeUtilization } from '../../present/node-utilization'
import { seriesColor, seriesDash } from '../../present/palette'
import {
  axes,
  header,
  HEADER,
  legend,
  legendHeight,
  scaleX,
  scaleY,
  type AxesSpec,
  type LegendItem
} from './frame'
import { el, n2, svgDocument } from './svg'
import type { ChartOptions } from './utilization-svg'

export function nodeUtilizationSvg(result: SimResult, o: ChartOptions): string {
  const u = nodeUtilization(result, UTILIZATION_BUCKETS) ?? { times: [], nodes: [] }
  const items: LegendItem[] = u.nodes.map((n, i) => ({
    name: n.name,
    color: seriesColor(i),
    dash: seriesDash(i),
    shape: 'line'
  }))
  const lh = legendHeight(items, o.width)
  const end = Math.max(1, result.makespan)
  const a: AxesSpec = {
    plot: { x: 80, y: HEADER + 10, w: o.width - 110, h: o.height - HEADER - 10 - 50 - lh },
    xMin: 0,
    xMax: end,
    yMax: 100,
    yTicks: [0, 25, 50, 75, 100],
    xLabel: `time (${result.timeUnit === 'us' ? 'µs' : result.timeUnit})`,
    yLabel: 'busy (% of the node’s cores)'
  }
  let lines = ''
  u.nodes.forEach((n, i) => {
    const pts: string[] = []
    u.times.forEach((t, b) => {
      const t1 = b + 1 < u.times.length ? u.times[b + 1] : end
      const y = n2(scaleY(a, n.busy[b] * 100))
      pts.push(`${n2(scaleX(a, t))},${y}`, `${n2(scaleX(a, t1))},${y}`)
    })
    lines += el('path', {
      d: 'M' + pts.join('L'),
      fill: 'none',
      stroke: seriesColor(i),
      'stroke-width': 2,
      'stroke-dasharray': seriesDash(i),
      class: `node-${i}`,
      'data-node': n.name
    })
  })
  const body =
    header(
      o.title ?? 'Utilization per node',
      o.subtitle ?? `${result.scenario} · ${u.nodes.length} nodes`
    ) +
    axes(a) +
    lines +
    legend(items, o.height - lh, o.width)
  return svgDocument(o.width, o.height, body)
}
