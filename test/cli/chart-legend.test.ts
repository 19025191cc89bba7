// The CLI Gantt chart's legend lists only the patterns the chart draws, and chart subtitles
// count cores in English ("1 core", "2 cores").
import { describe, expect, it } from 'vitest'
import { ganttLegend, ganttSvg, threadColors } from '../../cli/chart/gantt-svg'
import { utilizationSvg } from '../../cli/chart/utilization-svg'
import { simulate, validateScenario, type ScenarioInput } from '../../sim-core'

function run(input: ScenarioInput) {
  const v = validateScenario(input)
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'))
  return simulate(v.scenario)
}

const base = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'legend',
  scheduler: { policy: 'fcfs' }
} as const

const names = (r: ReturnType<typeof run>) => ganttLegend(r, threadColors(r)).map((i) => i.name)

describe('CLI Gantt legend', () => {
  it('lists no pattern for a run with no switch, migration, held lock or coroutine', () => {
    // One thread on one core with free switches: the trace is a single run segment.
    const r = run({
      ...base,
      machine: { cores: 1 },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 5 }] }] }]
    })
    expect(names(r)).toEqual(['p'])
  })

  it('lists the context switch when switches cost time, and nothing else absent', () => {
    // Two processes one after the other on one core, a process switch costing 2: one switch
    // segment; no migration (one core), no lock, no coroutine.
    const r = run({
      ...base,
      machine: { cores: 1, costs: { threadSwitch: 1, processSwitch: 2 } },
      processes: [
        { name: 'a', threads: [{ name: 't', ops: [{ cpu: 3 }] }] },
        { name: 'b', threads: [{ name: 't', ops: [{ cpu: 3 }] }] }
      ]
    })
    expect(names(r)).toEqual(['a', 'b', 'Context switch'])
  })

  it('says "1 core" in the subtitles of a one-core chart', () => {
    const r = run({
      ...base,
      machine: { cores: 1 },
      processes: [{ name: 'p', threads: [{ name: 't', ops: [{ cpu: 5 }] }] }]
    })
    const o = { width: 800, height: 400 }
    expect(ganttSvg(r, o)).toContain('legend · fcfs · 1 core<')
    expect(utilizationSvg(r, o)).toContain('legend · fcfs · 1 core<')
  })
})
