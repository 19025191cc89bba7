// The CPU-share chart draws one solid line (what the thread got) and one dashed line (its fair
// share) per thread it is given, and the Utilization tab gives it the eight busiest threads.
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../sim-core'
import { cpuShareSeries, topThreads } from '../../../renderer/src/features/charts/cpu-share'
import { cpuShareLegend, CpuShareChart } from '../../../renderer/src/features/charts/CpuShareChart'
import { LIGHT } from '../../../renderer/src/features/charts/theme'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { scenarioOf } from './fixtures'

// Ten CPU-bound threads on one core under cfs, thread i of process p<i> with nice i and
// 100 + 10 i ticks of work: all ten run, so the chart keeps the eight that ran longest.
const scenario = scenarioOf({
  format: 'schedlab/scenario',
  version: 1,
  name: 'nice ladder',
  machine: { cores: 1 },
  scheduler: { policy: 'cfs' },
  processes: Array.from({ length: 10 }, (_, i) => ({
    name: `p${i}`,
    nice: i,
    threads: [{ name: 't', ops: [{ cpu: 100 + 10 * i }] }]
  }))
})
const result = simulate(scenario)

describe('CPU-share chart', () => {
  it('draws a got line and a dashed fair-share line per thread', () => {
    // Three threads kept: the three that ran longest, 7, 8 and 9.
    const series = cpuShareSeries(result, scenario.processes, 50, 3)
    expect(series.threads).toEqual([7, 8, 9])
    const { container } = render(
      <CpuShareChart
        series={series}
        names={result.threads.map((r) => r.id)}
        makespan={result.makespan}
        timeUnit={result.timeUnit}
        theme={LIGHT}
        size={{ width: 800, height: 300 }}
        animate={false}
      />
    )
    const lines = [...container.querySelectorAll('path.recharts-line-curve')]
    expect(lines).toHaveLength(6)
    const dashed = lines.filter((l) => l.getAttribute('stroke-dasharray') === '6 3')
    expect(dashed).toHaveLength(3)
    // Each pair shares a colour: got and fair of the same thread.
    expect(lines[0].getAttribute('stroke')).toBe(lines[1].getAttribute('stroke'))
    expect(lines[0].getAttribute('stroke')).not.toBe(lines[2].getAttribute('stroke'))
    expect(cpuShareLegend([0, 3], ['p0/t', '', '', 'p3/t'], 'en')[3].name).toBe('p3/t (fair share)')
  })

  it('appears in the Utilization tab with the eight busiest threads', () => {
    render(<ResultsPane scenario={scenario} result={result} stale={false} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Utilization' }))
    const frame = screen.getByTestId('cpu-share-chart')
    expect(frame.getAttribute('data-threads')).toBe('8')
    expect(screen.getByText('CPU share per thread vs fair share')).toBeTruthy()
    // Threads 2..9 did the most work (120..190 ticks), so 0 and 1 are left out.
    expect(cpuShareSeries(result, scenario.processes).threads).toEqual([2, 3, 4, 5, 6, 7, 8, 9])
    expect(topThreads(result.threads.map((r) => r.cpu))).toEqual([2, 3, 4, 5, 6, 7, 8, 9])
  })
})
