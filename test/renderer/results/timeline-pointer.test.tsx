// The cursor set with the pointer lands on whole ticks (simulated time moves only in ticks),
// clicked or dragged along the time axis; Step still moves it from event to event.
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ResultsPane } from '../../../renderer/src/features/results/ResultsPane'
import { snapToTick } from '../../../renderer/src/features/timeline/view'
import { demoResult } from './fixtures'

interface CanvasLayout {
  plotLeft: number
  plotWidth: number
  axisHeight: number
}

function setup() {
  const { scenario, result } = demoResult()
  render(<ResultsPane scenario={scenario} result={result} stale={false} />)
  const canvas = screen.getByTestId('timeline-canvas')
  const layout = JSON.parse(canvas.getAttribute('data-layout') ?? '{}') as CanvasLayout
  // The view fits the whole run at first; jsdom puts the canvas at (0, 0), so a client x is a
  // canvas x.
  const xOf = (t: number) => layout.plotLeft + (t / result.makespan) * layout.plotWidth
  const cursor = () => Number(screen.getByTestId('cursor-readout').getAttribute('data-time'))
  return { result, canvas, layout, xOf, cursor }
}

describe('the timeline cursor under the pointer', () => {
  it('snaps a click on the time axis to the nearest whole tick', () => {
    const { canvas, layout, xOf, cursor } = setup()
    const y = layout.axisHeight - 4
    fireEvent.pointerDown(canvas, { button: 0, pointerId: 1, clientX: xOf(7.4), clientY: y })
    fireEvent.pointerUp(canvas, { button: 0, pointerId: 1, clientX: xOf(7.4), clientY: y })
    expect(cursor()).toBe(7)
    expect(screen.getByTestId('cursor-readout').textContent).toMatch(/^t = 7 ms/)
  })

  it('snaps while dragging, and stays inside the run', () => {
    const { result, canvas, layout, xOf, cursor } = setup()
    const y = layout.axisHeight - 4
    fireEvent.pointerDown(canvas, { button: 0, pointerId: 1, clientX: xOf(2), clientY: y })
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: xOf(10.6), clientY: y })
    expect(cursor()).toBe(11)
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: xOf(result.makespan) + 50, clientY: y })
    expect(cursor()).toBe(result.makespan)
    fireEvent.pointerUp(canvas, { button: 0, pointerId: 1, clientX: 0, clientY: y })
  })

  it('rounds to the nearest tick within [0, makespan]', () => {
    expect(snapToTick(19.96, 60)).toBe(20)
    expect(snapToTick(19.4, 60)).toBe(19)
    expect(snapToTick(-0.7, 60)).toBe(0)
    expect(snapToTick(60.4, 60)).toBe(60)
  })
})
