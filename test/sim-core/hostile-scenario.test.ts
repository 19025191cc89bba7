// Hostile scenario files: nesting that would overflow the validator's recursion, and names
// holding characters that drive terminals, break XML or reorder what a reader sees.
import { describe, expect, it } from 'vitest'
import { LIMITS, parseScenario, problemToString, validateScenario } from '../../sim-core/index'
import { forbiddenNameChar } from '../../sim-core/scenario/name-chars'

type Op = { cpu: number } | { repeat: number; ops: Op[] }

/** `levels` repeats, each the only op of the one around it, around a single `{cpu: 1}`. */
function nestedRepeats(levels: number): Op[] {
  let ops: Op[] = [{ cpu: 1 }]
  for (let i = 0; i < levels; i++) ops = [{ repeat: 1, ops }]
  return ops
}

function scenario(ops: unknown[], extra: Record<string, unknown> = {}) {
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: 'hostile',
    machine: { cores: 1 },
    scheduler: { policy: 'fcfs' },
    processes: [{ name: 'p', threads: [{ name: 'main', ops }] }],
    ...extra
  }
}

const problemsOf = (value: unknown): string[] => {
  const r = validateScenario(value)
  return r.ok ? [] : r.problems.map(problemToString)
}

describe('nesting depth, checked before the schema', () => {
  it('refuses 1000 nested repeats with the path and the limit instead of overflowing the stack', () => {
    const r = parseScenario(JSON.stringify(scenario(nestedRepeats(1000))))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toHaveLength(1)
    const [p] = r.problems
    expect(p.message).toBe('nesting deeper than 64 levels')
    // The document is level 1, processes 2, the process 3, threads 4, the thread 5, its ops 6,
    // the first repeat 7, and each repeat then adds two (its ops list and the op in it): the
    // first op at level 65 is the one inside the 29th repeat.
    expect(p.path).toBe('processes[0].threads[0].ops[0]' + '.ops[0]'.repeat(29))
  })

  it('accepts the deepest scenario the limit allows and refuses one level more', () => {
    // Repeat k sits at level 5 + 2k and the {cpu: 1} inside k repeats at 7 + 2k: 28 repeats
    // put it at level 63.
    expect(LIMITS.maxNesting).toBe(64)
    expect(problemsOf(scenario(nestedRepeats(28)))).toEqual([])
    // 29 repeats put the leaf op at level 65.
    expect(problemsOf(scenario(nestedRepeats(29)))).toEqual([
      'processes[0].threads[0].ops[0]' + '.ops[0]'.repeat(29) + ': nesting deeper than 64 levels'
    ])
  })

  it('bounds JSON nesting anywhere in the document, however deep, without recursion', () => {
    const depth = 200_000
    const text = JSON.stringify(scenario([{ cpu: 1 }])).replace(
      /}$/,
      `,"junk":${'['.repeat(depth)}${']'.repeat(depth)}}`
    )
    const r = parseScenario(text)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.problems.map(problemToString)).toEqual([
        // junk is level 2, so its 63rd nested array is level 65.
        'junk' + '[0]'.repeat(63) + ': nesting deeper than 64 levels'
      ])
  })

  it('counts objects as well as arrays', () => {
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 70; i++) deep = { a: deep }
    expect(problemsOf(scenario([{ cpu: 1 }], { description: deep }))).toEqual([
      // description is level 2, so its 63rd nested object is level 65.
      'description' + '.a'.repeat(63) + ': nesting deeper than 64 levels'
    ])
  })
})

describe('characters a name may not hold', () => {
  const named = (name: string) =>
    problemsOf(
      scenario([{ cpu: 1 }], {
        processes: [{ name, threads: [{ name: 'main', ops: [{ cpu: 1 }] }] }]
      })
    )

  it.each([
    ['NUL', '\u0000', 'U+0000 (a control character)'],
    [
      'ESC (sets a terminal title, clears the screen)',
      'a\u001b]0;pwned\u0007',
      'U+001B (a control character)'
    ],
    ['a tab', '\tx', 'U+0009 (a control character)'],
    ['DEL', 'a\u007f', 'U+007F (a control character)'],
    ['a C1 control (CSI)', 'a\u009b2J', 'U+009B (a control character)'],
    ['a lone high surrogate', 'a\ud800b', 'U+D800 (a lone surrogate)'],
    ['a lone low surrogate at the end', 'ab\udfff', 'U+DFFF (a lone surrogate)'],
    ['U+FFFE', 'a\ufffe', 'U+FFFE (a noncharacter)'],
    ['U+FFFF', 'a\uffff', 'U+FFFF (a noncharacter)'],
    ['U+FDD0', '\ufdd0', 'U+FDD0 (a noncharacter)'],
    ['U+FDEF', '\ufdef', 'U+FDEF (a noncharacter)'],
    ['the end of plane 1 (U+1FFFE)', 'a\u{1fffe}', 'U+1FFFE (a noncharacter)'],
    ['the last code point (U+10FFFF)', 'a\u{10ffff}', 'U+10FFFF (a noncharacter)'],
    [
      'RLO, which shows "a\u202egnp.exe" as "aexe.png"',
      'a\u202egnp.exe',
      'U+202E (a bidi control)'
    ],
    ['LRM', 'a\u200e', 'U+200E (a bidi control)'],
    ['RLM', 'a\u200f', 'U+200F (a bidi control)'],
    ['LRE', 'a\u202a', 'U+202A (a bidi control)'],
    ['LRI', 'a\u2066', 'U+2066 (a bidi control)'],
    ['PDI', 'a\u2069', 'U+2069 (a bidi control)'],
    ['the Arabic letter mark', 'a\u061c', 'U+061C (a bidi control)']
  ])('refuses %s, naming the field and the code point', (_what, name, found) => {
    expect(named(name)).toEqual([`processes[0].name: contains ${found}, not allowed in names`])
  })

  it('an empty name is one problem, not also "may not start with a space"', () => {
    expect(named('')).toEqual(['processes[0].name: expected a non-empty name'])
    // A cluster's names are the same kind: an emptied node name in the app's node editor.
    expect(
      problemsOf(scenario([{ cpu: 1 }], { nodes: [{ name: '', machine: { cores: 1 } }] }))
    ).toEqual(['nodes[0].name: expected a non-empty name'])
  })

  it('accepts ordinary text in any script, emoji (surrogate pairs) and the neighbours of the classes', () => {
    for (const name of [
      'web-1',
      'Ünïcødé',
      '进程',
      'שרת',
      'a😀b',
      'a\u00a0b',
      'a\u200db',
      'a\ufdcf',
      'a\ufffd',
      'a\u202fb',
      'a\u2065'
    ])
      expect(named(name), JSON.stringify(name)).toEqual([])
  })

  it('checks every kind of name: scenario, thread, coroutine, device, lock and references to them', () => {
    const bad = '\u202e'
    const s = {
      format: 'schedlab/scenario',
      version: 1,
      name: `s${bad}`,
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      devices: [{ name: `d${bad}` }],
      locks: [{ name: `l${bad}` }],
      processes: [
        {
          name: 'p',
          threads: [
            {
              name: `t${bad}`,
              ops: [{ lock: `l${bad}` }, { io: 1, device: `d${bad}` }, { unlock: `l${bad}` }]
            },
            {
              name: 'host',
              runtime: { kind: 'event-loop' },
              coroutines: [{ name: `c${bad}`, ops: [{ cpu: 1 }] }]
            }
          ]
        }
      ]
    }
    const why = ': contains U+202E (a bidi control), not allowed in names'
    expect(problemsOf(s).sort()).toEqual(
      [
        'name',
        'devices[0].name',
        'locks[0].name',
        'processes[0].threads[0].name',
        'processes[0].threads[0].ops[0].lock',
        'processes[0].threads[0].ops[1].device',
        'processes[0].threads[0].ops[2].unlock',
        'processes[0].threads[1].coroutines[0].name'
      ]
        .map((p) => p + why)
        .sort()
    )
  })

  it('finds the first forbidden code point, reading surrogate pairs as one', () => {
    expect(forbiddenNameChar('ok')).toBeNull()
    expect(forbiddenNameChar('\u{1f600}\u{2fffe}')).toEqual({
      codePoint: 0x2fffe,
      kind: 'a noncharacter'
    })
  })
})
