// Always-visible key: process colours, overhead and held patterns, thread-lane states.
import { Cls } from './lane'
import type { LaneIndex } from './lane-index'
import { PATTERNS } from './patterns'
import { coroutineColor } from './scene'

export interface TimelineLegendProps {
  index: LaneIndex
  colors: string[]
  threadLanes: boolean
}

function Swatch({ cls, color }: { cls?: number; color?: string }) {
  const p = cls !== undefined ? PATTERNS[cls] : undefined
  const id = `sl-legend-pat-${cls ?? 0}`
  return (
    <svg width="16" height="12" aria-hidden="true" className="sl-swatch">
      {p && (
        <defs>
          <pattern id={id} width={p.size} height={p.size} patternUnits="userSpaceOnUse">
            <rect width={p.size} height={p.size} fill={p.bg} />
            <path
              d={p.path}
              fill={p.path.includes('Z') ? p.fg : 'none'}
              stroke={p.path.includes('Z') ? undefined : p.fg}
              strokeWidth={p.lineWidth}
            />
          </pattern>
        </defs>
      )}
      <rect width="16" height="12" fill={p ? `url(#${id})` : color} stroke="#8884" />
    </svg>
  )
}

const MAX_PROCESSES = 10

export function TimelineLegend({ index, colors, threadLanes }: TimelineLegendProps) {
  const firstThreadOf = (p: number) => index.threadInfo.findIndex((t) => t.processIndex === p)
  const procs = index.processNames
  return (
    <ul className="sl-legend" aria-label="Timeline legend">
      {procs.slice(0, MAX_PROCESSES).map((name, p) => (
        <li key={name}>
          <Swatch color={colors[firstThreadOf(p)]} />
          {name}
        </li>
      ))}
      {procs.length > MAX_PROCESSES && <li>+{procs.length - MAX_PROCESSES} more processes</li>}
      <li>
        <Swatch cls={Cls.switch} />
        Context switch
      </li>
      <li>
        <Swatch cls={Cls.migration} />
        Migration
      </li>
      <li>
        <Swatch cls={Cls.held} />
        Held by a blocked thread
      </li>
      {index.coroutineNames.length > 0 && (
        <>
          <li>
            <Swatch cls={Cls.coSwitch} />
            Coroutine switch
          </li>
          <li>
            <Swatch color={coroutineColor(0)} />
            Coroutine (stripe under its host)
          </li>
        </>
      )}
      <li>
        <Swatch color="transparent" />
        Idle
      </li>
      {threadLanes && (
        <>
          <li>
            <Swatch color="#57606a73" />
            Ready
          </li>
          <li>
            <Swatch cls={Cls.tIo} />
            I/O
          </li>
          <li>
            <Swatch cls={Cls.tSleep} />
            Sleep
          </li>
          <li>
            <Swatch cls={Cls.tLock} />
            Lock
          </li>
          <li>
            <Swatch cls={Cls.tDevice} />
            Device queue
          </li>
          {index.coroutineNames.length > 0 && (
            <li>
              <Swatch cls={Cls.tPark} />
              Parked (no coroutine ready)
            </li>
          )}
        </>
      )}
    </ul>
  )
}
