// Compare runs its variants through a RunController (the app's store hands it one of its kind),
// not around it: each variant is one start(), in order, and Cancel reaches the controller.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { simulate, type Scenario } from '../../../sim-core'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import type { RunController, RunReporter } from '../../../renderer/src/store/run-slice'
import { demoResult } from './fixtures'

/** A controller the test drives by hand; it records what Compare asked of it. */
function recordingController() {
  const started: Scenario[] = []
  let reporter: RunReporter | null = null
  let cancels = 0
  const controller: RunController = {
    start(scenario, report) {
      started.push(scenario)
      reporter = report
    },
    cancel() {
      cancels++
    }
  }
  return {
    controller,
    started,
    cancels: () => cancels,
    report: () => {
      if (!reporter) throw new Error('nothing started')
      return reporter
    }
  }
}

describe('Compare through the RunController', () => {
  it('starts one run per variant on the controller it is given, in policy order', async () => {
    const { scenario, result } = demoResult()
    const rec = recordingController()
    let made = 0
    render(
      <ResultsPane
        scenario={scenario}
        result={result}
        stale={false}
        createRunController={() => {
          made++
          return rec.controller
        }}
      />
    )
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'fcfs' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run comparison' }))
    })
    expect(made).toBe(1)
    // The scenario's own policy (rr) and fcfs: fcfs first, as the registry orders them.
    expect(rec.started.map((s) => s.scheduler.policy)).toEqual(['fcfs'])
    await act(async () => rec.report().done(simulate(rec.started[0])))
    expect(rec.started.map((s) => s.scheduler.policy)).toEqual(['fcfs', 'rr'])
    // Cancel while the second runs: the controller hears it.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(rec.cancels()).toBe(1)
  })
})
