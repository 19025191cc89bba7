// Decisions as data (issue 12): sim-core states each policy's pick rule as a code and params;
// the renderer (en, zh) and the CLI (en) word it from their dictionaries. Every rule any policy
// configuration states must have an entry in each, filled without a left-over `{name}`, and the
// CLI's English must read exactly as the app's.
import { describe, expect, it } from 'vitest'
import { POLICY_NAMES, RULE_CODES, simulate, validateScenario, type Decision } from '../sim-core'
import { createPolicy } from '../sim-core/sched/registry'
import type { SchedulerConfig } from '../sim-core'
import { RULE_TEXT, ruleWords as cliWords } from '../present/rule-words'
import { en } from '../renderer/src/i18n/en'
import { zh } from '../renderer/src/i18n/zh'
import { ruleWords } from '../renderer/src/features/timeline/decisions'

/** Every scheduler shape that changes the rule: each policy, each ready order and estimate. */
const SCHEDULERS: unknown[] = [
  { policy: 'fcfs' },
  { policy: 'fcfs', readyOrder: 'id-round-robin' },
  { policy: 'rr', quantum: 3 },
  { policy: 'rr', quantum: 3, readyOrder: 'id-round-robin' },
  { policy: 'sjf' },
  { policy: 'sjf', estimate: 'exponential' },
  { policy: 'srtf' },
  { policy: 'srtf', estimate: 'exponential' },
  { policy: 'priority' },
  { policy: 'priority', quantum: 4 },
  { policy: 'mlfq' },
  { policy: 'edf' },
  { policy: 'rm' },
  { policy: 'cfs' },
  { policy: 'eevdf' },
  { policy: 'lottery' },
  { policy: 'stride' }
]

function scheduler(raw: unknown): SchedulerConfig {
  const v = validateScenario({
    format: 'schedlab/scenario',
    version: 1,
    name: 'rules',
    machine: { cores: 1 },
    scheduler: raw,
    processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }]
  })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return v.scenario.scheduler
}

const stated: Decision[] = SCHEDULERS.map((raw) => {
  const rule = createPolicy(scheduler(raw)).rule
  if (!rule) throw new Error(`${JSON.stringify(raw)} states no rule`)
  return rule
})

describe('rule dictionaries', () => {
  it('cover every code a policy states, and every code sim-core lists', () => {
    // Every policy is among the configurations above (a new one must be added there)...
    expect(new Set(SCHEDULERS.map((raw) => (raw as { policy: string }).policy))).toEqual(
      new Set(POLICY_NAMES)
    )
    // ...and together they state every code of RULE_CODES.
    expect(new Set(stated.map((d) => d.code))).toEqual(new Set(RULE_CODES))
    for (const code of RULE_CODES) {
      expect(en, code).toHaveProperty([code])
      expect(zh, code).toHaveProperty([code])
      expect(RULE_TEXT, code).toHaveProperty([code])
    }
  })

  it('word each stated rule in en and zh with every parameter filled', () => {
    for (const d of stated) {
      for (const text of [ruleWords(d, 'en'), ruleWords(d, 'zh'), cliWords(d)]) {
        expect(text, d.code).not.toMatch(/\{\w+\}/)
        expect(text.length, d.code).toBeGreaterThan(5)
      }
      // The Chinese dictionary really translates (an English fallback would read the same).
      expect(ruleWords(d, 'zh'), d.code).not.toBe(ruleWords(d, 'en'))
    }
  })

  it('read in the CLI exactly as in the app’s English dictionary', () => {
    for (const d of stated) expect(cliWords(d), d.code).toBe(ruleWords(d, 'en'))
    for (const code of RULE_CODES) expect(RULE_TEXT[code], code).toBe(en[code])
  })

  it('carry the priority quantum as a parameter, worded into the sentence', () => {
    const rr = stated[SCHEDULERS.findIndex((s) => JSON.stringify(s).includes('"quantum":4'))]
    expect(rr).toEqual({ code: 'rule.priorityRr', params: { quantum: 4 } })
    expect(cliWords(rr)).toBe(
      'the smallest priority number, round robin (quantum 4) among equals (ties: first queued)'
    )
    expect(ruleWords(rr, 'zh')).toContain('（4）')
  })

  it('reach the result as data, and a policy without a rule words as nothing', () => {
    const v = validateScenario({
      format: 'schedlab/scenario',
      version: 1,
      name: 'r',
      machine: { cores: 1 },
      scheduler: { policy: 'srtf', estimate: 'exponential' },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 1 }] }] }]
    })
    if (!v.ok) throw new Error('invalid')
    expect(simulate(v.scenario).policyRule).toEqual({ code: 'rule.srtfEstimated', params: {} })
    expect(cliWords(null)).toBe('')
  })
})
