// Process colours on the timeline (renderer) and on `schedlab chart` (CLI) come from two copies
// of one palette (the CLI may not import the renderer); they must agree, and stay apart past
// the seven hues.
import { expect, it } from 'vitest'
import * as cli from '../../../cli/chart/palette'
import * as app from '../../../renderer/src/features/charts/palette'

it('gives 21 single-thread processes 21 different colours, the same in the app and the CLI', () => {
  const appColors = Array.from({ length: 21 }, (_, p) => app.threadColor(p, 0, 1).toLowerCase())
  const cliColors = Array.from({ length: 21 }, (_, p) => cli.threadColor(p, 0, 1).toLowerCase())
  expect(new Set(appColors).size).toBe(21)
  expect(cliColors).toEqual(appColors)
  // The first seven keep the Okabe–Ito hues.
  expect(appColors.slice(0, 7)).toEqual(app.OKABE_ITO.map((c) => c.toLowerCase()))
})

it('shades threads of one process the same way in both', () => {
  for (const p of [0, 8, 15])
    for (let k = 0; k < 4; k++)
      expect(cli.threadColor(p, k, 4).toLowerCase()).toBe(app.threadColor(p, k, 4).toLowerCase())
})
