// Validation problems in the app's language: sim-core gives each of its own checks a code and
// parameters (the CLI keeps printing the English message), and the renderer's dictionaries word
// them; the English dictionary reads exactly as the CLI does.
import { describe, expect, it } from 'vitest'
import { PROBLEM_TEXT, validateScenario, type Problem, type ProblemCode } from '../../sim-core'
import { problemMessage } from '../../renderer/src/i18n/problem-message'
import { translator } from '../../renderer/src/i18n/translate'
import { problemEntries } from '../../renderer/src/features/editor/problem-entries'
import type { Draft } from '../../renderer/src/scenario/draft'

const en = translator('en')
const zh = translator('zh')

// Every check of semantic.ts plus the schema's unknown and missing fields, one scenario each.
const base = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'x',
  machine: { cores: 2 },
  scheduler: { policy: 'fcfs' }
}
const thread = (ops: unknown[]) => ({ name: 't', ops })
const CASES: [ProblemCode, unknown][] = [
  [
    'duplicateName',
    {
      ...base,
      processes: [
        { name: 'p', threads: [thread([{ cpu: 1 }])] },
        { name: 'p', threads: [thread([{ cpu: 1 }])] }
      ]
    }
  ],
  [
    'unknownDevice',
    { ...base, processes: [{ name: 'p', threads: [thread([{ io: 1, device: 'disk' }])] }] }
  ],
  [
    'unknownLock',
    { ...base, processes: [{ name: 'p', threads: [thread([{ lock: 'db' }, { unlock: 'db' }])] }] }
  ],
  [
    'lockAlreadyHeld',
    {
      ...base,
      locks: [{ name: 'db' }],
      processes: [
        { name: 'p', threads: [thread([{ lock: 'db' }, { lock: 'db' }, { unlock: 'db' }])] }
      ]
    }
  ],
  [
    'unlockNotHeld',
    {
      ...base,
      locks: [{ name: 'db' }],
      processes: [{ name: 'p', threads: [thread([{ cpu: 1 }, { unlock: 'db' }])] }]
    }
  ],
  [
    'repeatUnbalanced',
    {
      ...base,
      locks: [{ name: 'db' }],
      processes: [{ name: 'p', threads: [thread([{ repeat: 2, ops: [{ lock: 'db' }] }])] }]
    }
  ],
  [
    'mutexPermits',
    {
      ...base,
      locks: [{ name: 'db', kind: 'mutex', permits: 2 }],
      processes: [{ name: 'p', threads: [thread([{ cpu: 1 }])] }]
    }
  ],
  [
    'coreMissing',
    { ...base, processes: [{ name: 'p', affinity: [5], threads: [thread([{ cpu: 1 }])] }] }
  ],
  [
    'runtimeNeedsCoroutines',
    {
      ...base,
      processes: [
        { name: 'p', threads: [{ name: 'loop', runtime: { kind: 'event-loop' }, coroutines: [] }] }
      ]
    }
  ],
  [
    'coroutinesNeedRuntime',
    {
      ...base,
      processes: [
        {
          name: 'p',
          threads: [{ name: 'loop', ops: [], coroutines: [{ name: 'c', ops: [{ cpu: 1 }] }] }]
        }
      ]
    }
  ],
  ['noOps', { ...base, processes: [{ name: 'p', threads: [thread([])] }] }],
  [
    'endsHoldingLocks',
    {
      ...base,
      locks: [{ name: 'db' }],
      processes: [{ name: 'p', threads: [thread([{ lock: 'db' }])] }]
    }
  ],
  [
    'unknownField',
    { ...base, colour: 'red', processes: [{ name: 'p', threads: [thread([{ cpu: 1 }])] }] }
  ],
  ['requiredField', { ...base, processes: [{ threads: [thread([{ cpu: 1 }])] }] }]
]

function problemsOf(input: unknown): Problem[] {
  const r = validateScenario(input)
  if (r.ok) throw new Error('expected problems')
  return r.problems
}

describe('localisable validation problems', () => {
  for (const [code, input] of CASES) {
    it(`${code}: coded, English as the CLI prints it, Chinese in the app`, () => {
      const p = problemsOf(input).find((x) => x.code === code)
      expect(p, `no ${code} problem`).toBeDefined()
      if (!p) return
      // The app's English is the CLI's message, word for word.
      expect(problemMessage(p, en)).toBe(p.message)
      // Chinese words it otherwise, and leaves no parameter unfilled.
      const text = problemMessage(p, zh)
      expect(text).not.toBe(p.message)
      expect(text).toMatch(/[\u4e00-\u9fff]/)
      expect(text).not.toMatch(/\{\w+\}/)
    })
  }

  it('the unknown lock names the lock in Chinese', () => {
    const p = problemsOf(CASES[2][1]).find((x) => x.code === 'unknownLock')
    expect(p?.message).toBe('unknown lock "db" (declare it under "locks")')
    expect(p && problemMessage(p, zh)).toBe('未知锁 “db”（请先在“锁”中声明）')
  })

  it('has a Chinese and an English entry for every code', () => {
    for (const code of Object.keys(PROBLEM_TEXT) as ProblemCode[]) {
      const p: Problem = { path: '', message: PROBLEM_TEXT[code], code }
      expect(problemMessage(p, en)).toBe(PROBLEM_TEXT[code])
      expect(problemMessage(p, zh)).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('the problems list words rows in Chinese and keeps the CLI line in English', () => {
    const input = CASES[2][1] as Draft
    const rows = problemEntries(input, problemsOf(input), {}, zh)
    const row = rows.find((r) => r.cliLine?.includes('unknown lock'))
    expect(row?.text).toContain('未知锁 “db”')
    expect(row?.cliLine).toBe(
      'processes[0].threads[0].ops[0].lock: unknown lock "db" (declare it under "locks")'
    )
  })

  it('a schema message without a code is shown as it is', () => {
    const p: Problem = { path: 'machine.cores', message: 'expected an integer, got "x"' }
    expect(problemMessage(p, zh)).toBe('expected an integer, got "x"')
  })
})
