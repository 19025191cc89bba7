// Plain words for the trace's codes: tooltips, the cursor readout and exports say these.
import { EndReason } from '../../../../sim-core'
import { Cls } from './lane'

const END_WORDS: Record<number, string> = {
  [EndReason.none]: 'still running at this point (the segment continues)',
  [EndReason.sliceExpired]: 'its time slice (quantum) expired',
  [EndReason.preempted]: 'preempted by another thread',
  [EndReason.io]: 'blocked on I/O',
  [EndReason.sleep]: 'went to sleep',
  [EndReason.lock]: 'waited for a lock',
  [EndReason.yield]: 'yielded the CPU',
  [EndReason.exit]: 'finished',
  [EndReason.limit]: 'the run stopped at a limit'
}

export function endReasonWords(code: number): string {
  return END_WORDS[code] ?? `reason ${code}`
}

const CLS_WORDS: Record<number, string> = {
  [Cls.run]: 'running',
  [Cls.switch]: 'context switch',
  [Cls.migration]: 'migration',
  [Cls.held]: 'core held by a blocked thread',
  [Cls.tRunning]: 'running',
  [Cls.tReady]: 'ready (in the run queue)',
  [Cls.tIo]: 'blocked on I/O',
  [Cls.tSleep]: 'sleeping',
  [Cls.tLock]: 'waiting for a lock',
  [Cls.tDevice]: 'queued for a device',
  [Cls.tBlocked]: 'blocked',
  [Cls.coSwitch]: 'coroutine switch (user level)',
  [Cls.tPark]: 'parked: no coroutine ready'
}

export function clsWords(cls: number): string {
  return CLS_WORDS[cls] ?? 'unknown'
}

/** Short words for a blocked thread in the readout ("io", "sleep"...). */
export function blockedShort(cls: number): string {
  switch (cls) {
    case Cls.tIo:
      return 'I/O'
    case Cls.tSleep:
      return 'sleep'
    case Cls.tLock:
      return 'lock'
    case Cls.tDevice:
      return 'device queue'
    case Cls.tPark:
      return 'parked'
    default:
      return 'blocked'
  }
}
