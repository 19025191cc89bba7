// Play: the cursor sweeps the visible span in about eight seconds and the view follows it;
// Step: the cursor jumps to the next instant anything changes.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LaneIndex } from './lane-index'
import { nextEventTime } from './machine-state'
import { reveal, type View } from './view'

/** Seconds the cursor takes to cross the visible window while playing at 1x. */
const SWEEP_SECONDS = 8

/** Play speeds offered, as multiples of the 1x sweep. */
export const PLAY_SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const

export interface Playback {
  cursor: number
  setCursor(t: number): void
  playing: boolean
  play(): void
  pause(): void
  toggle(): void
  step(): void
  speed: number
  setSpeed(speed: number): void
}

export function usePlayback(
  index: LaneIndex,
  viewRef: { current: View },
  onMove: () => void
): Playback {
  const makespan = index.makespan
  const [cursor, setCursorState] = useState(0)
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState(1)
  const cursorRef = useRef(0)
  const setCursor = useCallback((t: number) => {
    cursorRef.current = t
    setCursorState(t)
  }, [])

  // A new result starts at t = 0, stopped.
  useEffect(() => {
    setCursor(0)
    setPlaying(false)
  }, [index, setCursor])

  useEffect(() => {
    if (!playing) return
    let raf = 0
    let last = performance.now()
    const tick = (now: number): void => {
      const dt = Math.min(0.1, (now - last) / 1000)
      last = now
      const v = viewRef.current
      const next = Math.min(
        makespan,
        cursorRef.current + ((v.t1 - v.t0) / SWEEP_SECONDS) * speed * dt
      )
      setCursor(next)
      viewRef.current = reveal(v, next, makespan)
      onMove()
      if (next >= makespan) {
        setPlaying(false)
        return
      }
      raf = requestAnimationFrame(tick)
    }
    raf = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(raf)
  }, [playing, speed, makespan, viewRef, setCursor, onMove])

  const step = useCallback(() => {
    setPlaying(false)
    const t = nextEventTime(index, cursorRef.current)
    setCursor(t)
    viewRef.current = reveal(viewRef.current, t, makespan)
    onMove()
  }, [index, makespan, viewRef, setCursor, onMove])

  const play = useCallback(() => {
    if (cursorRef.current >= makespan) setCursor(0)
    setPlaying(true)
  }, [makespan, setCursor])

  return {
    cursor,
    setCursor,
    playing,
    play,
    pause: () => setPlaying(false),
    toggle: () => (playing ? setPlaying(false) : play()),
    step,
    speed,
    setSpeed
  }
}
