// Positions a hover card after React renders it and before the browser paints it: its size is
// known only then. left/top are written straight to the element (and left out of the style
// prop), so a pointer move costs one measurement, not a second render.
import { useLayoutEffect, useRef } from 'react'
import { CARD_GAP, placeCard, visibleBounds } from './card-placement'

export function useCardPlacement(x: number, y: number) {
  const ref = useRef<HTMLDivElement>(null)
  // No dependency list: the card's content, hence its size, changes with what is hovered.
  useLayoutEffect(() => {
    const card = ref.current
    if (!card) return
    const bounds = visibleBounds(card)
    const size = { width: card.offsetWidth, height: card.offsetHeight }
    const at = bounds ? placeCard(x, y, size, bounds) : { left: x + CARD_GAP, top: y + CARD_GAP }
    card.style.left = `${at.left}px`
    card.style.top = `${at.top}px`
  })
  return ref
}
