// @vitest-environment jsdom
// (for DOMParser: the SVG files must parse as XML)
// `schedlab chart` with hostile names: markup characters are escaped and characters XML cannot
// hold at all become U+FFFD, so every chart still parses. Names are edited into a real result,
// since validation refuses the control characters.
import { describe, expect, it } from 'vitest'
import { compareSvg } from '../../cli/chart/compare-svg'
import { ganttSvg } from '../../cli/chart/gantt-svg'
import { esc } from '../../cli/chart/svg'
import { utilizationSvg } from '../../cli/chart/utilization-svg'
import { simulate, validateScenario, type SimResult } from '../../sim-core'
import { threeJobs } from './fixtures'

const MARKUP = `<&>"'`
/** Markup, then what XML 1.0 forbids outright: controls, a lone surrogate, U+FFFE. */
const HOSTILE = `${MARKUP}\u0001\u001b[2J\ud800\ufffe`

function hostileResult(): SimResult {
  const checked = validateScenario(threeJobs())
  if (!checked.ok) throw new Error('threeJobs() should be valid')
  const r = simulate(checked.scenario)
  r.scenario = `scenario ${HOSTILE}`
  r.threads.forEach((t, i) => (t.id = `p${i}${HOSTILE}/main`))
  return r
}

function parsed(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const size = { width: 960, height: 540 }

describe('SVG text from hostile names', () => {
  it('escapes markup and replaces characters XML forbids (present/svg.ts, the app uses it too)', () => {
    expect(esc(HOSTILE)).toBe('&lt;&amp;&gt;&quot;&apos;\ufffd\ufffd[2J\ufffd\ufffd')
    // A surrogate pair is one character (an emoji), not two lone halves.
    expect(esc('a\u{1f600}')).toBe('a\u{1f600}')
  })

  it('keeps the Gantt chart well-formed, with the names readable', () => {
    const r = hostileResult()
    const doc = parsed(ganttSvg(r, { ...size, title: r.scenario }))
    expect(doc.documentElement.textContent).toContain(`scenario ${MARKUP}`)
    expect(doc.documentElement.textContent).toContain(`p0${MARKUP}`)
  })

  it('keeps the utilization and compare charts well-formed', () => {
    const r = hostileResult()
    parsed(utilizationSvg(r, { ...size, title: r.scenario, subtitle: HOSTILE }))
    const doc = parsed(
      compareSvg([{ label: `rr ${HOSTILE}`, result: r }], r.scenario, 'tick', size)
    )
    expect(doc.documentElement.textContent).toContain(`rr ${MARKUP}`)
  })
})
