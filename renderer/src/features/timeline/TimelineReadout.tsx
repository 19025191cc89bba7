// The machine at the cursor: what each core runs, who is ready (longest-waiting first) and who
// is blocked on what. Long lists are cut, with a count, so 10,000 threads stay readable.
import { useMemo } from 'react'
import { formatTime } from '../charts/format'
import { Cls } from './lane'
import type { LaneIndex } from './lane-index'
import { machineAt, type ThreadAt } from './machine-state'
import { blockedShort } from './words'

export interface TimelineReadoutProps {
  index: LaneIndex
  cursor: number
  onSelect(task: number): void
}

const MAX_NAMES = 12

function coreText(index: LaneIndex, cls: number, task: number): string {
  const name = index.threadInfo[task]?.name ?? '?'
  switch (cls) {
    case Cls.run:
      return name
    case Cls.switch:
      return `switching to ${name}`
    case Cls.migration:
      return `migrating ${name}`
    case Cls.held:
      return `held by ${name} (blocked)`
    case Cls.coSwitch:
      return `${name} switching coroutines`
    default:
      return 'idle'
  }
}

export function TimelineReadout({ index, cursor, onSelect }: TimelineReadoutProps) {
  const m = useMemo(() => machineAt(index, cursor), [index, cursor])
  const names = (list: ThreadAt[], blocked: boolean) => (
    <>
      {list.slice(0, MAX_NAMES).map((t, i) => (
        <span key={t.task}>
          {i > 0 && ', '}
          <button type="button" className="sl-linkish" onClick={() => onSelect(t.task)}>
            {index.threadInfo[t.task]?.name}
          </button>
          {blocked && ` (${blockedShort(t.cls)})`}
        </span>
      ))}
      {list.length > MAX_NAMES && <span>, +{list.length - MAX_NAMES} more</span>}
      {list.length === 0 && <span className="sl-muted">none</span>}
    </>
  )
  return (
    <div className="sl-readout" aria-live="polite" data-testid="cursor-readout">
      <div>
        <strong>t = {formatTime(cursor, index.timeUnit)}</strong>
        {m.cores.map((c) => (
          <span key={c.core} className="sl-readout-core" data-core={c.core}>
            {' · '}core {c.core}: {coreText(index, c.cls, c.task)}
          </span>
        ))}
      </div>
      <div>
        <span className="sl-readout-label">Ready ({m.ready.length}):</span> {names(m.ready, false)}
      </div>
      <div>
        <span className="sl-readout-label">Blocked ({m.blocked.length}):</span>{' '}
        {names(m.blocked, true)}
      </div>
    </div>
  )
}
