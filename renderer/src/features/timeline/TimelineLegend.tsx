// Always-visible key: process colours, overhead and held patterns, thread-lane states.
import { useTranslate } from '../../i18n/context'
import type { MessageKey } from '../../i18n/translate'
import { MISS_COLOR } from './deadline-marks'
import { HANDOFF_COLOR, handoffsOf } from './handoff-marks'
import { MIGRATION_COLOR } from './migration-marks'
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

/** The red triangle drawn under the axis at a missed deadline. */
function MissSwatch() {
  return (
    <svg width="16" height="12" aria-hidden="true" className="sl-swatch">
      <path d="M3.5,1 L12.5,1 L8,10 Z" fill={MISS_COLOR} />
    </svg>
  )
}

/** Warm running: a thread colour with the warm hatching over it, as the lanes draw it. */
function WarmSwatch({ color }: { color: string }) {
  const p = PATTERNS[Cls.runWarm]
  if (!p) return null
  return (
    <svg width="16" height="12" aria-hidden="true" className="sl-swatch">
      <defs>
        <pattern
          id="sl-legend-pat-warm"
          width={p.size}
          height={p.size}
          patternUnits="userSpaceOnUse"
        >
          <path
            d={p.path}
            fill="none"
            stroke={p.fg}
            strokeOpacity={p.fgOpacity}
            strokeWidth={p.lineWidth}
          />
        </pattern>
      </defs>
      <rect width="16" height="12" fill={color} stroke="#8884" />
      <rect width="16" height="12" fill="url(#sl-legend-pat-warm)" />
    </svg>
  )
}

/** The marker drawn where a thread starts on a core after running on another. */
function MigrationSwatch() {
  return (
    <svg width="16" height="12" aria-hidden="true" className="sl-swatch">
      <path d="M4,2 L11,6 L4,10 Z" fill={MIGRATION_COLOR} />
    </svg>
  )
}

/** The arrow drawn from sender to receiver at a rendezvous. */
function HandoffSwatch() {
  return (
    <svg width="16" height="12" aria-hidden="true" className="sl-swatch">
      <path d="M8,1 L8,7" stroke={HANDOFF_COLOR} strokeWidth="1.5" />
      <path d="M4.5,6.5 L11.5,6.5 L8,11 Z" fill={HANDOFF_COLOR} />
    </svg>
  )
}

/** Pattern entries: shown only when the run has such intervals (and, for thread states, lanes). */
const CORE_ENTRIES: [number, MessageKey][] = [
  [Cls.switch, 'state.contextSwitch'],
  [Cls.migration, 'state.migration'],
  [Cls.held, 'tl.heldLegend'],
  [Cls.coSwitch, 'state.coroutineSwitch']
]
const THREAD_ENTRIES: [number, MessageKey][] = [
  [Cls.tIo, 'state.io'],
  [Cls.tSleep, 'state.sleep'],
  [Cls.tLock, 'state.lock'],
  [Cls.tDevice, 'state.device'],
  [Cls.tPark, 'tl.parked'],
  [Cls.tGil, 'state.gil'],
  [Cls.tChannel, 'state.channel']
]

export function TimelineLegend({ index, colors, threadLanes }: TimelineLegendProps) {
  const t = useTranslate()
  const firstThreadOf = (p: number) => index.threadInfo.findIndex((th) => th.processIndex === p)
  const procs = index.processNames
  const present = index.presentClasses()
  const hasHandoffs = handoffsOf(index).n > 0
  const patterns = (entries: [number, MessageKey][]) =>
    entries
      .filter(([cls]) => present.has(cls))
      .map(([cls, key]) => (
        <li key={cls}>
          <Swatch cls={cls} />
          {t(key)}
        </li>
      ))
  return (
    <ul className="sl-legend" aria-label={t('tl.legend')}>
      {procs.slice(0, MAX_PROCESSES).map((name, p) => (
        <li key={name}>
          <Swatch color={colors[firstThreadOf(p)]} />
          {name}
        </li>
      ))}
      {procs.length > MAX_PROCESSES && (
        <li>{t('tl.moreProcesses', { count: procs.length - MAX_PROCESSES })}</li>
      )}
      {present.has(Cls.runWarm) && (
        <li data-legend="warm">
          <WarmSwatch color={colors[0] ?? '#888888'} />
          {t('tl.warmLegend')}
        </li>
      )}
      {index.migrations.length > 0 && (
        <li data-legend="migration">
          <MigrationSwatch />
          {t('tl.migrationMark')} ({index.migrations.length})
        </li>
      )}
      {hasHandoffs && (
        <li data-legend="handoff">
          <HandoffSwatch />
          {t('tl.handoffMark')}
        </li>
      )}
      {patterns(CORE_ENTRIES)}
      {index.coroutineNames.length > 0 && (
        <li>
          <Swatch color={coroutineColor(0)} />
          {t('tl.coroutineStripe')}
        </li>
      )}
      {index.misses.length > 0 && (
        <li className="is-miss">
          <MissSwatch />
          {t('tl.deadlineMiss')} ({index.misses.length})
        </li>
      )}
      <li>
        <Swatch color="transparent" />
        {t('state.idle')}
      </li>
      {threadLanes && (
        <>
          <li>
            <Swatch color="#57606a73" />
            {t('state.ready')}
          </li>
          {patterns(THREAD_ENTRIES)}
        </>
      )}
    </ul>
  )
}
