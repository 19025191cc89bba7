// The decision log in words (UX.md "Explanations"): for each scheduling decision in the trace,
// why the core needed a new thread and which one the policy picked, by which rule:
// "t=12 ms — quantum (3 ms) expired for web/worker-2 on core 1; rr puts it at the tail and
// picks web/worker-3, the head of the run queue." Pure: the trace and a few helpers in, text
// out, so every phrasing is unit-tested without a DOM.
import { EndReason, type Decision, type TraceData } from '../../../../sim-core'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'

export interface DecisionContext {
  trace: TraceData
  threadName(task: number): string
  policy: string
  /** sim-core's result.policyRule: the rule as data, or null for a policy that states none. */
  policyRule: Decision | null
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

/** sim-core's rule in the UI language: its code is a dictionary key (`rule.*`), its params fill it. */
export function ruleWords(rule: Decision, lang: Language): string {
  return translate(lang, rule.code, rule.params)
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
  const rule = c.policyRule
  if (!rule)
    return translate(c.lang, 'dec.pickBare', { policy: c.policy, task: c.threadName(task) })
  const params = { policy: c.policy, task: c.threadName(task), rule: ruleWords(rule, c.lang) }
  if (prev === task && c.busyBefore(tr.decCpu[i], tr.decTime[i]))
    return translate(c.lang, 'dec.pickAgain', params)
  // Round robin's FIFO queue: the thread whose quantum ran out goes behind everyone waiting.
  const toTail =
    c.policy === 'rr' &&
    rule.code === 'rule.head' &&
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
