// @vitest-environment jsdom
// The HTML report: coroutine and lock results, counts of everything in the header, the scheduler
// line in the builder's words (both languages), and wide tables that cannot run off the page.
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../sim-core'
import { buildReport, schedulerText } from '../../../renderer/src/features/export/report'
import { scenarioOf } from './fixtures'

// A web server: two workers sharing `db`, an event loop with 8 coroutines, on 2 cores under rr.
const scenario = scenarioOf({
  format: 'schedlab/scenario',
  version: 1,
  name: 'Web server',
  machine: { cores: 2 },
  scheduler: { policy: 'rr', quantum: 4, readyOrder: 'fifo' },
  locks: [{ name: 'db' }],
  processes: [
    {
      name: 'web',
      threads: [
        { name: 'w1', ops: [{ lock: 'db' }, { cpu: 3 }, { unlock: 'db' }] },
        { name: 'w2', ops: [{ lock: 'db' }, { cpu: 3 }, { unlock: 'db' }] },
        {
          name: 'loop',
          runtime: { kind: 'event-loop' },
          coroutines: Array.from({ length: 8 }, (_, i) => ({
            name: `req-${i}`,
            ops: [{ cpu: 1 }, { await: 3 }, { cpu: 1 }]
          }))
        }
      ]
    }
  ]
})
const result = simulate(scenario)

describe('HTML report', () => {
  it('counts processes, threads, coroutines and locks in the header', () => {
    expect(buildReport(scenario, result, [], 'en')).toContain(
      '<dd>1 process, 3 threads, 8 coroutines, 1 lock</dd>'
    )
    expect(buildReport(scenario, result, [], 'zh')).toContain(
      '<dd>1 个进程，3 个线程，8 个协程，1 个锁</dd>'
    )
  })

  it('has a coroutine table and a lock table with the result’s figures', () => {
    const html = buildReport(scenario, result, [], 'en')
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const heads = [...doc.querySelectorAll('h2')].map((h) => h.textContent)
    expect(heads).toEqual(expect.arrayContaining(['Threads', 'Coroutines', 'Locks']))
    const section = (title: string) => {
      const h = [...doc.querySelectorAll('h2')].find((x) => x.textContent === title)
      return h?.nextElementSibling?.querySelector('table') ?? null
    }
    const co = section('Coroutines')
    const coHead = [...(co?.querySelectorAll('th') ?? [])].map((th) => th.textContent)
    for (const h of ['Turnaround (tick)', 'Waiting (tick)', 'Response (tick)', 'Stalled (tick)'])
      expect(coHead).toContain(h)
    const coRows = [...(co?.querySelectorAll('tbody tr') ?? [])]
    expect(coRows.map((r) => r.querySelector('td')?.textContent)).toEqual(
      result.coroutines.map((c) => c.id)
    )
    const turnaround = coHead.indexOf('Turnaround (tick)')
    expect(coRows.map((r) => r.querySelectorAll('td')[turnaround].textContent)).toEqual(
      result.coroutines.map((c) => String(c.turnaround))
    )
    const lock = section('Locks')
    const cells = [...(lock?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent)
    const l = result.locks[0]
    // Two workers take db in turn: 2 acquisitions, the second one waits.
    expect(l.acquisitions).toBe(2)
    expect(l.contended).toBe(1)
    expect(cells).toEqual([
      'db',
      '2',
      '1',
      String(l.totalWait),
      String(l.maxWait),
      String(l.holdTime)
    ])
  })

  it('leaves both tables out when the run has no coroutines or locks', () => {
    const plain = scenarioOf({
      format: 'schedlab/scenario',
      version: 1,
      name: 'plain',
      machine: { cores: 1 },
      scheduler: { policy: 'fcfs' },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 2 }] }] }]
    })
    const html = buildReport(plain, simulate(plain), [], 'en')
    expect(html).not.toContain('<h2>Coroutines</h2>')
    expect(html).not.toContain('<h2>Locks</h2>')
    expect(html).toContain('<dd>1 process, 1 thread</dd>')
    expect(html).toContain('<dd>1 core; switch costs')
  })

  it('words the scheduler line with the builder’s labels, not field names', () => {
    expect(schedulerText(scenario.scheduler, 'en')).toBe(
      // The engine options come filled in with their defaults by validation.
      'rr (Round robin) — Quantum: 4, Ready order: fifo, Run queues: global, Switch on I/O: on, I/O completion preempts: off, Pick before wakeups: off'
    )
    expect(schedulerText(scenario.scheduler, 'zh')).toBe(
      'rr（时间片轮转）—时间片：4，就绪顺序：fifo，运行队列：global，I/O 时切换：开，I/O 完成时抢占：关，先调度再处理唤醒：关'
    )
    expect(schedulerText(scenario.scheduler, 'en')).not.toMatch(/readyOrder|quantum =/)
  })

  it('puts every table in a scrolling box that wraps when printed', () => {
    const html = buildReport(scenario, result, [], 'en')
    expect(html.match(/<div class="table-wrap"><table>/g)).toHaveLength(3)
    expect(html).toMatch(/\.table-wrap\{overflow-x:auto/)
    expect(html).toMatch(/@media print\{[^<]*\.table-wrap\{overflow:visible\}/)
  })
})
