// The decision log in words (UX.md "Explanations"): for each scheduling decision in the trace,
// why the core needed a new thread and which one the policy picked, by which rule:
// "t=12 ms — quantum (3 ms) expired for web/worker-2 on core 1; rr puts it at the tail and
// picks web/worker-3, the head of the run queue." Pure: the trace and a few helpers in, text
// out, so every phrasing is unit-tested without a DOM.
import { EndReason, type TraceData } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey, type Params } from '../../i18n/translate'

export interface DecisionContext {
  trace: TraceData
  threadName(task: number): string
  policy: string
  /** sim-core's result.policyRule, in English. */
  policyRule: string
  /** The scheduler's quantum with its unit ("3 ms"), or null when the policy has none. */
  quantum: string | null
  /** Did the core run anything right up to `time`? If not it sat idle before this pick. */
  busyBefore(core: number, time: number): boolean
  formatTime(t: number): string
  lang: Language
}

/** Index of the last decision at or before `t`, or -1 (decisions are in time order). */
export function decisionIndexAt(trace: TraceData, t: number): number {
  let a = 0
  let b = trace.decisions
  while (a < b) {
    const m = (a + b) >>> 1
    if (trace.decTime[m] <= t) a = m + 1
    else b = m
  }
  return a - 1
}

/** Up to `max` decisions at or before `t`, newest first. */
export function recentDecisions(trace: TraceData, t: number, max: number): number[] {
  const out: number[] = []
  for (let i = decisionIndexAt(trace, t); i >= 0 && out.length < max; i--) out.push(i)
  return out
}

/** sim-core's rules (sched/policies, fifo-class) and their dictionary entries. */
const RULES: { pattern: RegExp; key: MessageKey; params?(m: RegExpMatchArray): Params }[] = [
  { pattern: /^the head of the run queue$/, key: 'rule.head' },
  {
    pattern: /^the next ready thread by id after the last one on this core$/,
    key: 'rule.nextById'
  },
  { pattern: /^the shortest remaining burst \(ties: first queued\)$/, key: 'rule.srtf' },
  { pattern: /^the shortest next CPU burst \(ties: first queued\)$/, key: 'rule.sjf' },
  {
    pattern: /^the shortest estimated next CPU burst \(ties: first queued\)$/,
    key: 'rule.sjfEstimated'
  },
  { pattern: /^the smallest priority number \(ties: first queued\)$/, key: 'rule.priority' },
  {
    pattern:
      /^the smallest priority number, round robin \(quantum (\d+)\) among equals \(ties: first queued\)$/,
    key: 'rule.priorityRr',
    params: (m) => ({ quantum: m[1] })
  },
  {
    pattern: /^the head of the highest non-empty level \(level 0 is the highest\)$/,
    key: 'rule.mlfq'
  }
]

/** The dictionary entry for one of sim-core's rules, or null for a rule this list lacks. */
export function ruleKey(rule: string): { key: MessageKey; params?: Params } | null {
  for (const r of RULES) {
    const m = rule.match(r.pattern)
    if (m) return { key: r.key, params: r.params?.(m) }
  }
  return null
}

/** The rule in the UI language; a rule the dictionary does not know stays as sim-core says it. */
export function ruleWords(rule: string, lang: Language): string {
  const k = ruleKey(rule)
  return k ? translate(lang, k.key, k.params) : rule
}

const WHY: Partial<Record<number, MessageKey>> = {
  [EndReason.sliceExpired]: 'dec.why.slice',
  [EndReason.preempted]: 'dec.why.preempted',
  [EndReason.io]: 'dec.why.io',
  [EndReason.sleep]: 'dec.why.sleep',
  [EndReason.lock]: 'dec.why.lock',
  [EndReason.yield]: 'dec.why.yield',
  [EndReason.exit]: 'dec.why.exit'
}

/** Why core `core` needed a pick at decision `i`. */
function whyWords(i: number, c: DecisionContext): string {
  const tr = c.trace
  const core = tr.decCpu[i]
  const prev = tr.decPrev[i]
  if (prev < 0 || !c.busyBefore(core, tr.decTime[i])) {
    return translate(c.lang, 'dec.why.idle', { core })
  }
  const reason = tr.decPrevReason[i]
  let key = WHY[reason] ?? 'dec.why.other'
  if (key === 'dec.why.slice' && c.quantum === null) key = 'dec.why.sliceNoQuantum'
  return translate(c.lang, key, { prev: c.threadName(prev), core, quantum: c.quantum ?? '' })
}

/** What the policy did: picked whom, by which rule. */
function pickWords(i: number, c: DecisionContext): string {
  const tr = c.trace
  const task = tr.decTask[i]
  const prev = tr.decPrev[i]
  const rule = ruleKey(c.policyRule)
  const params = {
    policy: c.policy,
    task: c.threadName(task),
    rule: ruleWords(c.policyRule, c.lang)
  }
  if (!c.policyRule) return translate(c.lang, 'dec.pickBare', params)
  if (prev === task && c.busyBefore(tr.decCpu[i], tr.decTime[i]))
    return translate(c.lang, 'dec.pickAgain', params)
  // Round robin's FIFO queue: the thread whose quantum ran out goes behind everyone waiting.
  const toTail =
    c.policy === 'rr' &&
    rule?.key === 'rule.head' &&
    prev >= 0 &&
    tr.decPrevReason[i] === EndReason.sliceExpired &&
    c.busyBefore(tr.decCpu[i], tr.decTime[i])
  return translate(c.lang, toTail ? 'dec.pickTail' : 'dec.pick', params)
}

/** One decision as a sentence. */
export function decisionSentence(i: number, c: DecisionContext): string {
  return translate(c.lang, 'dec.sentence', {
    time: c.formatTime(c.trace.decTime[i]),
    why: whyWords(i, c),
    pick: pickWords(i, c)
  })
}
