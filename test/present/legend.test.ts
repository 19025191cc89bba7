// Legend rows (present/legend.ts), which the app's exports and `schedlab chart` both lay out.
import { expect, it } from 'vitest'
import { legendItemWidth, legendLayout, legendRows, textWidth } from '../../present/legend'

it('measures wide (CJK) characters a full 12 px em and others 6.6 px', () => {
  expect(textWidth('ab')).toBeCloseTo(13.2, 9)
  expect(textWidth('线程')).toBe(24)
  // 26 px swatch and gap + 24 + 16 px to the next entry.
  expect(legendItemWidth('线程')).toBe(66)
})

it('wraps at the width less 40 px and centres each row', () => {
  // Each "进程一二" entry is 26 + 48 + 16 = 90 px; a 300-px chart has 260 px: two per row.
  const items = Array.from({ length: 5 }, () => ({ name: '进程一二' }))
  const rows = legendRows(items, 300)
  expect(rows.map((r) => r.length)).toEqual([2, 2, 1])
  // Rows of 180 px start at (300 - 180) / 2 = 60, the last of 90 px at 105; 18 px apart.
  const placed = legendLayout(items, 100, 300).map(({ x, y }) => [x, y])
  expect(placed).toEqual([
    [60, 114],
    [150, 114],
    [60, 132],
    [150, 132],
    [105, 150]
  ])
})

it('keeps an entry wider than the chart on a row of its own', () => {
  expect(legendRows([{ name: 'x'.repeat(100) }, { name: 'y' }], 200).map((r) => r.length)).toEqual([
    1, 1
  ])
})
