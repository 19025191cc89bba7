// Where a hover card goes. Below and right of the pointer reads best, but the results pane
// scrolls and the centre panel clips: near its right or bottom edge a card placed there is cut
// off, so it flips to the other side of the pointer, and where neither side has room it is
// pushed back inside rather than left half hidden.

/** A rectangle by its edges, in the card's containing-block coordinates. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface Size {
  width: number
  height: number
}

/** Pointer-to-card distance: far enough that the card never sits under the pointer's tip. */
export const CARD_GAP = 14
/** Space kept between a card and the edge that would clip it. */
export const EDGE_MARGIN = 4

function along(p: number, len: number, lo: number, hi: number, gap: number): number {
  const after = p + gap
  if (after + len <= hi) return after
  const before = p - gap - len
  if (before >= lo) return before
  // Neither side fits: show as much as possible, and the start (the title) when it is too big.
  return Math.max(lo, Math.min(after, hi - len))
}

/** The card's top-left corner for a pointer at (x, y), inside `bounds` when it can be. */
export function placeCard(
  x: number,
  y: number,
  size: Size,
  bounds: Box,
  gap = CARD_GAP
): { left: number; top: number } {
  return {
    left: along(x, size.width, bounds.left, bounds.right, gap),
    top: along(y, size.height, bounds.top, bounds.bottom, gap)
  }
}

const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom)
})

/**
 * What of the card's containing block can be seen: the window cut by every scrolling or
 * clipping ancestor, in the containing block's own coordinates (where `left`/`top` apply).
 * Null where there is no layout (jsdom) or the card is not positioned.
 */
export function visibleBounds(card: HTMLElement): Box | null {
  const parent = card.offsetParent
  if (!(parent instanceof HTMLElement)) return null
  const root = document.documentElement
  let box: Box = { left: 0, top: 0, right: root.clientWidth, bottom: root.clientHeight }
  for (let el: HTMLElement | null = parent; el && el !== root; el = el.parentElement) {
    const style = getComputedStyle(el)
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
    const r = el.getBoundingClientRect()
    const left = r.left + el.clientLeft
    const top = r.top + el.clientTop
    box = intersect(box, {
      left,
      top,
      right: left + el.clientWidth,
      bottom: top + el.clientHeight
    })
  }
  const origin = parent.getBoundingClientRect()
  const ox = origin.left + parent.clientLeft
  const oy = origin.top + parent.clientTop
  return {
    left: box.left - ox + EDGE_MARGIN,
    top: box.top - oy + EDGE_MARGIN,
    right: box.right - ox - EDGE_MARGIN,
    bottom: box.bottom - oy - EDGE_MARGIN
  }
}
