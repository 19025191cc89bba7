// The timeline's hover card stays in sight: below-right of the pointer where it fits, flipped
// left near the right edge and above near the bottom, pushed inside when neither side fits.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CARD_GAP,
  placeCard,
  type Box
} from '../../../renderer/src/features/timeline/card-placement'

const frame: Box = { left: 0, top: 0, right: 400, bottom: 300 }
const card = { width: 220, height: 180 }

describe('placeCard', () => {
  it('puts the card below and right of the pointer where it fits', () => {
    expect(placeCard(20, 30, card, frame)).toEqual({ left: 20 + CARD_GAP, top: 30 + CARD_GAP })
  })

  it('flips to the left of a pointer near the right edge', () => {
    // Right of the middle: 300 + 14 + 220 would end at 534, past the frame's 400.
    const at = placeCard(300, 30, card, frame)
    expect(at).toEqual({ left: 300 - CARD_GAP - card.width, top: 30 + CARD_GAP })
    expect(at.left + card.width).toBeLessThanOrEqual(frame.right)
  })

  it('flips above a pointer near the bottom edge', () => {
    const at = placeCard(20, 250, card, frame)
    expect(at).toEqual({ left: 20 + CARD_GAP, top: 250 - CARD_GAP - card.height })
  })

  it('flips both ways in the bottom-right corner', () => {
    expect(placeCard(390, 290, card, frame)).toEqual({
      left: 390 - CARD_GAP - card.width,
      top: 290 - CARD_GAP - card.height
    })
  })

  it('pushes the card inside when neither side of the pointer has room', () => {
    // 180 px high in a 300 px frame, pointer in the middle: neither 150 + 14 + 180 nor
    // 150 - 14 - 180 fits, so the card ends at the frame's bottom.
    expect(placeCard(20, 150, card, frame).top).toBe(frame.bottom - card.height)
  })

  it('shows the top (the title) of a card taller than the frame', () => {
    expect(placeCard(20, 100, { width: 100, height: 500 }, frame).top).toBe(frame.top)
  })

  it('works in a frame that does not start at 0 (a scrolled pane)', () => {
    const scrolled: Box = { left: -40, top: -120, right: 360, bottom: 180 }
    const at = placeCard(330, 170, card, scrolled)
    expect(at.left).toBeGreaterThanOrEqual(scrolled.left)
    expect(at.left + card.width).toBeLessThanOrEqual(scrolled.right)
    expect(at.top).toBeGreaterThanOrEqual(scrolled.top)
    expect(at.top + card.height).toBeLessThanOrEqual(scrolled.bottom)
  })

  it('keeps any card that fits the frame wholly inside it, wherever the pointer is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 300 }),
        (x, y, width, height) => {
          const at = placeCard(x, y, { width, height }, frame)
          expect(at.left).toBeGreaterThanOrEqual(frame.left)
          expect(at.left + width).toBeLessThanOrEqual(frame.right)
          expect(at.top).toBeGreaterThanOrEqual(frame.top)
          expect(at.top + height).toBeLessThanOrEqual(frame.bottom)
        }
      )
    )
  })
})
