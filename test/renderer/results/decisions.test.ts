// The decision log's sentences: every reason a core needs a pick, the policy's rule in words
// (sim-core states it as a code; both languages word it from the dictionary), and the log
// against a real run.
import { describe, expect, it } from 'vitest'
import {
  EndReason,
  POLICY_NAMES,
  simulate,
  type SimResult,
  type TraceData
} from '../../../sim-core'
import {
  decisionIndexAt,
  decisionSentence,
  recentDecisions,
  ruleWords,
  type DecisionContext
} from '../../../renderer/src/features/timeline/decisions'
import { buildLaneIndex } from '../../../renderer/src/features/timeline/lane-index'
import { intervalAt } from '../../../renderer/src/features/timeline/lane'
import { variantScenario } from '../../../renderer/src/features/compare/variants'
import { demoResult } from './fixtures'
import { traceOf as traceOfParts } from './trace-builder'

type Decision = [time: number, cpu: number, task: number, prev: number, reason: number]

/** A trace holding only decisions (the sentence builder reads nothing else). */
function traceOf(decisions: Decision[]): TraceData {
  return traceOfParts({
    decs: decisions.map(([time, cpu, task, prev, reason]) => [time, cpu, task, -1, prev, reason])
  })
}

const NAMES = ['web/worker-1', 'web/worker-2', 'web/worker-3']

function ctx(trace: TraceData, over: Partial<DecisionContext> = {}): DecisionContext {
  return {
    trace,
    threadName: (k) => NAMES[k],
    policy: 'rr',
    policyRule: { code: 'rule.head', params: {} },
    quantum: '3 ms',
    busyBefore: (_core, time) => time > 0,
    formatTime: (t) => `${t} ms`,
    lang: 'en',
    ...over
  }
}

describe('decision sentences', () => {
  it('say UX.md’s example for a quantum that expired under rr', () => {
    const tr = traceOf([[12, 1, 2, 1, EndReason.sliceExpired]])
    expect(decisionSentence(0, ctx(tr))).toBe(
      't=12 ms — quantum (3 ms) expired for web/worker-2 on core 1; rr puts it at the tail and picks web/worker-3, the head of the run queue.'
    )
  })

  it('name every reason the previous thread left', () => {
    const cases: [number, string][] = [
      [EndReason.preempted, 'web/worker-1 was preempted on core 0'],
      [EndReason.io, 'web/worker-1 blocked on I/O on core 0'],
      [EndReason.sleep, 'web/worker-1 went to sleep on core 0'],
      [EndReason.lock, 'web/worker-1 waits for a lock on core 0'],
      [EndReason.yield, 'web/worker-1 yielded core 0'],
      [EndReason.exit, 'web/worker-1 finished on core 0'],
      [EndReason.none, 'web/worker-1 left core 0']
    ]
    for (const [reason, why] of cases) {
      const tr = traceOf([[5, 0, 1, 0, reason]])
      expect(decisionSentence(0, ctx(tr))).toBe(
        `t=5 ms — ${why}; rr picks web/worker-2, the head of the run queue.`
      )
    }
  })

  it('say the core was idle when nothing ran before the pick, whatever left it long ago', () => {
    const first = traceOf([[0, 0, 0, -1, EndReason.none]])
    expect(decisionSentence(0, ctx(first))).toBe(
      't=0 ms — core 0 was idle; rr picks web/worker-1, the head of the run queue.'
    )
    const later = traceOf([[40, 2, 1, 0, EndReason.exit]])
    expect(decisionSentence(0, ctx(later, { busyBefore: () => false }))).toBe(
      't=40 ms — core 2 was idle; rr picks web/worker-2, the head of the run queue.'
    )
  })

  it('pick the same thread "again", and do without a quantum or a rule', () => {
    const again = traceOf([[9, 0, 1, 1, EndReason.sliceExpired]])
    expect(decisionSentence(0, ctx(again))).toBe(
      't=9 ms — quantum (3 ms) expired for web/worker-2 on core 0; rr picks web/worker-2 again, the head of the run queue.'
    )
    const mlfq = ctx(traceOf([[9, 0, 2, 1, EndReason.sliceExpired]]), {
      policy: 'mlfq',
      policyRule: { code: 'rule.mlfq', params: {} },
      quantum: null
    })
    expect(decisionSentence(0, mlfq)).toBe(
      't=9 ms — the time slice of web/worker-2 expired on core 0; mlfq picks web/worker-3, the head of the highest non-empty level (level 0 is the highest).'
    )
    const bare = ctx(traceOf([[1, 0, 0, -1, 0]]), { policy: 'custom', policyRule: null })
    expect(decisionSentence(0, bare)).toBe('t=1 ms — core 0 was idle; custom picks web/worker-1.')
  })

  it('speak Chinese with the textbook terms', () => {
    const tr = traceOf([[12, 1, 2, 1, EndReason.sliceExpired]])
    expect(decisionSentence(0, ctx(tr, { lang: 'zh' }))).toBe(
      't=12 ms — web/worker-2 在核 1 上的时间片（3 ms）用完；rr 把它放到队尾，并选择 web/worker-3，即运行队列的队首。'
    )
    expect(ruleWords({ code: 'rule.priorityRr', params: { quantum: 4 } }, 'zh')).toBe(
      '优先级数值最小的线程，同优先级之间按时间片（4）轮转（相同时先入队者优先）'
    )
  })

  it('find the decisions at or before a time, newest first', () => {
    const tr = traceOf([
      [0, 0, 0, -1, 0],
      [0, 1, 1, -1, 0],
      [5, 0, 2, 0, EndReason.io],
      [9, 1, 0, 1, EndReason.exit]
    ])
    expect(decisionIndexAt(tr, -1)).toBe(-1)
    expect(decisionIndexAt(tr, 0)).toBe(1)
    expect(decisionIndexAt(tr, 8.5)).toBe(2)
    expect(recentDecisions(tr, 9, 3)).toEqual([3, 2, 1])
    expect(recentDecisions(tr, 100, 10)).toEqual([3, 2, 1, 0])
  })
})

describe('the decision log of real runs', () => {
  it('knows the rule of every policy sim-core has, in both languages', () => {
    const { scenario } = demoResult()
    for (const policy of POLICY_NAMES) {
      const v = variantScenario(scenario, { policy, cores: 2 })
      if (!v.ok) throw new Error(v.error)
      const rule = simulate(v.scenario).policyRule
      if (!rule) throw new Error(`${policy} states no rule`)
      expect(ruleWords(rule, 'en'), policy).toMatch(/^the /)
      expect(ruleWords(rule, 'zh'), policy).not.toBe(ruleWords(rule, 'en'))
    }
  })

  it('tells the demo run’s first decisions as they happened', () => {
    const { result } = demoResult()
    const index = buildLaneIndex(result)
    const c = ctx(result.trace, {
      threadName: (k) => result.threads[k].id,
      policyRule: result.policyRule,
      busyBefore: (core, time) => time > 0 && intervalAt(index.cores[core], time - 0.5) >= 0
    })
    const tr = result.trace
    expect(tr.decisions).toBeGreaterThan(5)
    // t=0: both cores idle; rr takes the threads in arrival order.
    expect(decisionSentence(0, c)).toBe(
      `t=0 ms — core ${tr.decCpu[0]} was idle; rr picks ${result.threads[tr.decTask[0]].id}, the head of the run queue.`
    )
    // Every sentence names the picked thread and the core, and prev only when it existed.
    for (let i = 0; i < tr.decisions; i++) {
      const s = decisionSentence(i, c)
      expect(s).toContain(`picks ${result.threads[tr.decTask[i]].id}`)
      expect(s).toContain(`core ${tr.decCpu[i]}`)
      if (tr.decPrevReason[i] === EndReason.sliceExpired && s.includes('expired'))
        expect(s).toContain('quantum (3 ms) expired')
    }
    expect(anyReason(result, EndReason.sliceExpired)).toBe(true)
  })
})

function anyReason(result: SimResult, reason: number): boolean {
  return Array.from(result.trace.decPrevReason.subarray(0, result.trace.decisions)).includes(reason)
}
