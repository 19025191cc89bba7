// `schedlab trace`: one CSV row per segment; Chrome trace events on one track per core.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempDir, threeJobs, writeScenario, type JsonObject } from './fixtures'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts?: number
  dur?: number
  cat?: string
  args: { name?: string; thread?: string; end?: string }
}

const dir = tempDir()
const three = writeScenario(dir, 'three.json', threeJobs())

/** Two cores, one job with I/O: idle time, a wakeup and two tracks. */
function twoCores(): JsonObject {
  const s = threeJobs()
  s.machine = { cores: 2, costs: { processSwitch: 1 } }
  s.scheduler = { policy: 'rr', quantum: 2 }
  s.processes = [
    { name: 'a', threads: [{ name: 'main', ops: [{ cpu: 3 }, { io: 4 }, { cpu: 2 }] }] },
    { name: 'b', threads: [{ name: 'main', ops: [{ cpu: 5 }] }] },
    { name: 'c', arrival: 1, threads: [{ name: 'main', ops: [{ cpu: 4 }] }] }
  ]
  return s
}

describe('schedlab trace --format csv', () => {
  it('writes one row per segment, codes then words, as the app exports it', async () => {
    const r = await runCli(['trace', three])
    expect(r.code).toBe(0)
    // Three jobs on one core, each run to its end: task k, kind 0 (run), reason 7 (exit).
    expect(r.stdout).toBe(
      'segStart,segEnd,segCpu,segTask,segKind,segReason,segCoroutine,thread,kind,reason,coroutine\n' +
        '0,3,0,0,0,7,-1,a/main,run,finished,\n' +
        '3,8,0,1,0,7,-1,b/main,run,finished,\n' +
        '8,10,0,2,0,7,-1,c/main,run,finished,\n'
    )
  })

  it('tiles every core from 0 to the makespan, idle and overhead included', async () => {
    const file = writeScenario(dir, 'two.json', twoCores())
    const [trace, run] = await Promise.all([
      runCli(['trace', file, '--format', 'csv']),
      runCli(['run', file])
    ])
    expect(trace.code).toBe(0)
    const result = JSON.parse(run.stdout) as { makespan: number; cores: { busy: number }[] }
    const rows = trace.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
    expect(new Set(rows.map((r) => r[8]))).toEqual(new Set(['run', 'idle', 'switch']))
    for (const core of [0, 1]) {
      const mine = rows.filter((r) => r[2] === String(core))
      let t = 0
      for (const [start, end] of mine) {
        expect(Number(start)).toBe(t)
        t = Number(end)
      }
      expect(t).toBe(result.makespan)
      const busy = mine.filter((r) => r[8] === 'run').reduce((a, r) => a + +r[1] - +r[0], 0)
      expect(busy).toBe(result.cores[core].busy)
    }
    // Idle segments belong to no thread; run segments say why they ended.
    for (const r of rows) {
      if (r[8] === 'idle') expect([r[3], r[7]]).toEqual(['-1', ''])
      if (r[8] === 'run')
        expect(r[9]).toMatch(
          /^(finished|blocked on I\/O|its time slice \(quantum\) expired|preempted by another thread)$/
        )
    }
  })
})

describe('schedlab trace --format chrome', () => {
  it('is Trace Event JSON with one named track per core', async () => {
    const file = writeScenario(dir, 'two-chrome.json', twoCores())
    const [trace, run] = await Promise.all([
      runCli(['trace', file, '--format', 'chrome']),
      runCli(['run', file])
    ])
    expect(trace.code).toBe(0)
    const doc = JSON.parse(trace.stdout) as { traceEvents: TraceEvent[] }
    const result = JSON.parse(run.stdout) as { cores: { id: number; busy: number }[] }
    const names = doc.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name')
    expect(names.map((e) => e.args.name)).toEqual(['core 0', 'core 1'])
    const tidOf = new Map(names.map((e) => [e.args.name, e.tid]))
    expect(new Set(tidOf.values()).size).toBe(2)
    const complete = doc.traceEvents.filter((e) => e.ph === 'X')
    expect(complete.length).toBeGreaterThan(0)
    for (const e of complete) {
      expect(e.pid).toBe(names[0].pid)
      expect([...tidOf.values()]).toContain(e.tid)
      expect(e.dur).toBeGreaterThan(0)
      expect(typeof e.ts).toBe('number')
    }
    for (const core of result.cores) {
      const runs = complete.filter((e) => e.tid === tidOf.get(`core ${core.id}`) && e.cat === 'run')
      expect(runs.reduce((a, e) => a + (e.dur ?? 0), 0)).toBe(core.busy)
      // A core runs one thing at a time: events on a track never overlap.
      const spans = complete
        .filter((e) => e.tid === tidOf.get(`core ${core.id}`))
        .sort((x, y) => (x.ts ?? 0) - (y.ts ?? 0))
      for (let i = 1; i < spans.length; i++)
        expect(spans[i].ts ?? 0).toBeGreaterThanOrEqual(
          (spans[i - 1].ts ?? 0) + (spans[i - 1].dur ?? 0)
        )
    }
    expect(complete.some((e) => e.cat === 'switch')).toBe(true)
  })

  it('names run events by thread', async () => {
    const r = await runCli(['trace', three, '--format', 'chrome'])
    const doc = JSON.parse(r.stdout) as { traceEvents: TraceEvent[] }
    const runs = doc.traceEvents.filter((e) => e.ph === 'X')
    expect(runs.map((e) => [e.name, e.ts, e.dur, e.args.end])).toEqual([
      ['a/main', 0, 3, 'exit'],
      ['b/main', 3, 5, 'exit'],
      ['c/main', 8, 2, 'exit']
    ])
  })

  it('rejects an unknown format', async () => {
    const r = await runCli(['trace', three, '--format', 'svg'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--format: expected one of csv, chrome, got "svg"')
  })
})
