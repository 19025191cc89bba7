// Legend layout for standalone SVG charts (the app's exports and `schedlab chart`): entries in
// centred rows that wrap at the chart's width, each a 20-px swatch, a gap and its name.

/** Rough width of 12 px text: wide (CJK) characters take a full em, others about half. */
export function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 6.6
  return w
}

/** An entry's width: swatch and gap (26 px), its name, and 16 px to the next one. */
export const legendItemWidth = (name: string): number => 26 + textWidth(name) + 16

/** Row height of a legend, in pixels. */
export const LEGEND_ROW = 18

/** The entries in rows that fit `width` less 20 px each side; every row holds at least one. */
export function legendRows<T extends { name: string }>(items: readonly T[], width: number): T[][] {
  const rows: T[][] = [[]]
  let used = 0
  for (const it of items) {
    const w = legendItemWidth(it.name)
    if (used + w > width - 40 && rows[rows.length - 1].length > 0) {
      rows.push([])
      used = 0
    }
    rows[rows.length - 1].push(it)
    used += w
  }
  return rows
}

/** Each entry with where it goes: `x` its left edge, `y` its row's middle, from `top`. */
export function legendLayout<T extends { name: string }>(
  items: readonly T[],
  top: number,
  width: number
): { item: T; x: number; y: number }[] {
  const out: { item: T; x: number; y: number }[] = []
  legendRows(items, width).forEach((row, ri) => {
    let x = (width - row.reduce((a, it) => a + legendItemWidth(it.name), 0)) / 2
    const y = top + 14 + ri * LEGEND_ROW
    for (const item of row) {
      out.push({ item, x, y })
      x += legendItemWidth(item.name)
    }
  })
  return out
}
