// The hover card: thread, process, core, start, end, duration and why it stopped.
import { formatTime } from '../charts/format'
import type { Hit } from './hit-test'
import { Cls } from './lane'
import { coroutineAt } from './scene'
import type { LaneIndex } from './lane-index'
import { clsWords, endReasonWords } from './words'

export interface TimelineTooltipProps {
  hit: Hit
  index: LaneIndex
  x: number
  y: number
}

export function TimelineTooltip({ hit, index, x, y }: TimelineTooltipProps) {
  const info = index.threadInfo[hit.task]
  const unit = index.timeUnit
  const isCore = hit.row.kind === 'core'
  const core = isCore ? hit.row.id : null
  let why: string | null = null
  if (isCore && hit.cls === Cls.run) why = endReasonWords(index.trace.segReason[hit.rec])
  const co = isCore && hit.cls === Cls.run ? coroutineAt(index, hit.rec) : -1
  return (
    <div className="sl-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <div className="sl-tooltip-title">{info?.name ?? 'idle'}</div>
      <dl>
        <dt>State</dt>
        <dd>{clsWords(hit.cls)}</dd>
        <dt>Thread</dt>
        <dd>{info?.name ?? '—'}</dd>
        {co >= 0 && (
          <>
            <dt>Coroutine</dt>
            <dd>{index.coroutineNames[co]}</dd>
          </>
        )}
        <dt>Process</dt>
        <dd>{info?.process ?? '—'}</dd>
        {core !== null && (
          <>
            <dt>Core</dt>
            <dd>{core}</dd>
          </>
        )}
        <dt>Start</dt>
        <dd>{formatTime(hit.start, unit)}</dd>
        <dt>End</dt>
        <dd>{formatTime(hit.end, unit)}</dd>
        <dt>Duration</dt>
        <dd>{formatTime(hit.end - hit.start, unit)}</dd>
        {why && (
          <>
            <dt>Stopped because</dt>
            <dd>{why}</dd>
          </>
        )}
      </dl>
      {hit.alsoInPixel > 0 && (
        <div className="sl-tooltip-note">+{hit.alsoInPixel} more in this pixel — zoom in</div>
      )}
    </div>
  )
}
