import { describe, expect, it } from 'vitest'
import { renumberIds } from '../../../renderer/src/features/export/chart-svg'

const NS = 'http://www.w3.org/2000/svg'

function chart(clipId: string, areaId: string): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg')
  svg.innerHTML =
    `<defs><clipPath id="${clipId}"><rect width="10" height="10"/></clipPath></defs>` +
    `<g clip-path="url(#${clipId})"><path id="${areaId}" d="M0,0"/></g>` +
    `<use href="#${areaId}"/><g clip-path="url(#elsewhere)"/>`
  return svg as SVGSVGElement
}

describe('renumberIds', () => {
  it('gives the same chart the same ids whatever the page drew before', () => {
    // Recharts' counter had reached 289 in one session and 17 in another: the same chart.
    const a = chart('recharts289-clip', 'recharts-area-_r_5n_')
    const b = chart('recharts17-clip', 'recharts-area-_r_a_')
    renumberIds(a)
    renumberIds(b)
    expect(a.innerHTML).toBe(b.innerHTML)
    expect(a.innerHTML).toContain('id="chart-1"')
    expect(a.innerHTML).toContain('clip-path="url(#chart-1)"')
    expect(a.innerHTML).toContain('href="#chart-2"')
    // A reference to an id outside the chart is left alone.
    expect(a.innerHTML).toContain('url(#elsewhere)')
  })
})
