import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario, problemToString } from '../../sim-core/index'
import { PRESETS } from '../../renderer/presets/presets'

const DIR = join(process.cwd(), 'renderer/presets')

describe('presets gallery', () => {
  it('has at least ten presets with unique ids and files', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(10)
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length)
    expect(new Set(PRESETS.map((p) => p.file)).size).toBe(PRESETS.length)
  })

  it('lists every JSON file in renderer/presets, and each is a valid scenario file', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))
    expect(files.sort()).toEqual(PRESETS.map((p) => p.file).sort())
    for (const file of files) {
      const r = parseScenario(readFileSync(join(DIR, file), 'utf8'))
      expect(r.ok ? [] : r.problems.map(problemToString), file).toEqual([])
    }
  })

  it('holds the same scenario in the module as in its file', () => {
    for (const p of PRESETS) {
      expect(p.scenario, p.file).toEqual(JSON.parse(readFileSync(join(DIR, p.file), 'utf8')))
    }
  })

  it('has a title, a one-line summary, a lesson and what to look at, in English and Chinese', () => {
    for (const p of PRESETS) {
      for (const lang of ['en', 'zh'] as const) {
        expect(p.title[lang].length, `${p.id} title ${lang}`).toBeGreaterThan(1)
        expect(p.summary[lang].length, `${p.id} summary ${lang}`).toBeGreaterThan(5)
        expect(p.lesson[lang].length, `${p.id} lesson ${lang}`).toBeGreaterThan(80)
        expect(p.lookAt[lang].length, `${p.id} lookAt ${lang}`).toBeGreaterThan(20)
      }
      expect(p.title.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(p.lesson.zh).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('covers the lessons the issue lists, with the thread-per-request preset named as required', () => {
    const titles = PRESETS.map((p) => p.title.en)
    expect(titles).toContain('Thread per request vs event loop')
    for (const pattern of [
      /1 vs 4 cores/,
      /blocking call inside a coroutine/i,
      /processes vs threads/i,
      /quantum/i,
      /game/i,
      /lock contention/i,
      /priority inversion/i,
      /dining philosophers/i,
      /OSTEP/,
      /^Per-core queues: balancing and migration$/,
      /^Cache affinity: why the scheduler keeps a thread on its core$/
    ]) {
      expect(
        titles.some((t) => pattern.test(t)),
        String(pattern)
      ).toBe(true)
    }
  })
})
