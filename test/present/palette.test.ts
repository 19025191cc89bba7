// The one palette (present/palette.ts) that the app and `schedlab chart` both colour with.
import { expect, it } from 'vitest'
import { OKABE_ITO, SERIES, textOn, threadColor } from '../../present/palette'

it('gives 21 single-thread processes 21 different colours, the first seven the Okabe–Ito hues', () => {
  const colors = Array.from({ length: 21 }, (_, p) => threadColor(p, 0, 1).toLowerCase())
  expect(new Set(colors).size).toBe(21)
  expect(colors.slice(0, 7)).toEqual(OKABE_ITO.map((c) => c.toLowerCase()))
  // The eighth process repeats the first hue 45 % darker: #0072B2 → (0, 63, 98).
  expect(colors[7]).toBe('#003f62')
})

it('shades the threads of one process apart, darkest first, keeping the process hue alone', () => {
  expect(threadColor(0, 0, 1)).toBe('#0072B2')
  const shades = Array.from({ length: 4 }, (_, k) => threadColor(0, k, 4))
  expect(new Set(shades).size).toBe(4)
  // k = 0 is 30 % towards black: 0x72 = 114 → 80 = 0x50; 0xB2 = 178 → 125 = 0x7d.
  expect(shades[0]).toBe('#00507d')
})

it('has every series the app draws, the four the CLI used to lack included', () => {
  expect(Object.keys(SERIES).sort()).toEqual(
    [
      'blocked',
      'busy',
      'deadlineMiss',
      'idle',
      'overhead',
      'ready',
      'response',
      'stalled',
      'turnaround',
      'waiting'
    ].sort()
  )
})

it('puts dark text on light fills and white on dark ones', () => {
  expect(textOn('#F0E442')).toBe('#1f2328')
  expect(textOn('#0072B2')).toBe('#ffffff')
})
