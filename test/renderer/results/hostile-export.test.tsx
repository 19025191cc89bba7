// The app's SVG exports with hostile names: markup characters are escaped, and characters XML
// cannot hold (controls, lone surrogates, U+FFFE) become U+FFFD, so the timeline and the
// Metrics chart (whose categories the chart library serializes itself) still parse as XML.
// Names are edited into a real result, since validation refuses the control characters.
import { fireEvent, render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { captureExports, exportVia } from './capture-exports'
import { demoResult } from './fixtures'

const saved = captureExports()
const MARKUP = `<&>"'`
const HOSTILE = `${MARKUP}\u0001\u001b[2J\ud800\ufffe`

async function exportSvg(tab: string): Promise<{ text: string; doc: Document }> {
  fireEvent.click(screen.getByRole('tab', { name: tab }))
  const text = String((await exportVia(saved, 'SVG', 15_000)).data)
  return { text, doc: new DOMParser().parseFromString(text, 'image/svg+xml') }
}

it('exports the timeline and the Metrics chart as well-formed SVG whatever the names hold', async () => {
  const { scenario, result } = demoResult()
  result.threads.forEach((t, i) => (t.id = `t${i}${HOSTILE}`))
  result.scenario = `demo ${HOSTILE}`
  render(
    <ResultsPane scenario={{ ...scenario, name: result.scenario }} result={result} stale={false} />
  )
  for (const tab of ['Timeline', 'Metrics']) {
    const { text, doc } = await exportSvg(tab)
    expect(doc.getElementsByTagName('parsererror'), tab).toHaveLength(0)
    for (const raw of ['\u0001', '\u001b', '\ufffe']) expect(text.includes(raw), tab).toBe(false)
    expect(doc.documentElement.textContent, tab).toContain(MARKUP)
  }
  // Two exports drawn by the chart library: seconds in jsdom on a busy machine.
}, 30_000)
