// A zustand selector must return the same object while the state is unchanged: one that builds
// a fresh array or object (`?? []`, `.filter(`, `.map(`, `{ ... }`) makes React re-render
// forever (error #185, a white page). This scans every useApp/useStore selector in the renderer.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../renderer/src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []
  )
}

/** The text of each `useApp(` / `useStore(` call, up to its matching parenthesis. */
function selectorCalls(text: string): string[] {
  const calls: string[] = []
  for (const m of text.matchAll(/\b(useApp|useStore)\(/g)) {
    let depth = 0
    for (let i = m.index + m[1].length; i < text.length; i++) {
      if (text[i] === '(') depth++
      else if (text[i] === ')' && --depth === 0) {
        calls.push(text.slice(m.index, i + 1))
        break
      }
    }
  }
  return calls
}

const FRESH = /\?\?\s*(\[\]|\{\})|\.filter\(|\.map\(|=>\s*\(\{|=>\s*\[/

function freshSelectors(text: string): string[] {
  return selectorCalls(text).filter((c) => FRESH.test(c) && !c.includes('useShallow'))
}

describe('zustand selectors in the renderer', () => {
  it('finds a selector that returns a fresh empty list (the check works)', () => {
    expect(freshSelectors('const l = useApp((s) => s.draft.locks ?? [])')).toHaveLength(1)
    expect(freshSelectors('const l = useApp((s) => s.list.filter((x) => x.on))')).toHaveLength(1)
    expect(freshSelectors('const l = useApp((s) => s.draft.locks ?? NO_ITEMS)')).toEqual([])
  })

  it('never return a fresh array or object', () => {
    const found = sources(ROOT).flatMap((f) =>
      freshSelectors(readFileSync(f, 'utf8')).map((c) => `${f.slice(ROOT.length + 1)}: ${c}`)
    )
    expect(found).toEqual([])
  })
})
