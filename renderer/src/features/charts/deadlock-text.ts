// A deadlock in words. With channels (CONTRACT14) the result says what each task of the cycle
// waits for — a lock, or to send on or receive from a channel — in cycle order; a result from
// before channels has only the locks.
import type { DeadlockWait, SimResult } from '../../../../sim-core'
import type { Translate } from '../../i18n/translate'

/** The waits, or null for a result saved before channels (it has only the locks). */
function waitsOf(d: NonNullable<SimResult['deadlock']>): readonly DeadlockWait[] | null {
  return Array.isArray(d.waits) && d.waits.length > 0 ? d.waits : null
}

/** "Deadlock: a waits for db (held by b) → b waits to receive from replies". */
export function deadlockText(t: Translate, d: NonNullable<SimResult['deadlock']>): string {
  const waits = waitsOf(d)
  const steps = waits
    ? waits.map((w, i) => {
        if (w.waitsFor === 'send') return t('res.deadlockSend', { task: w.task, channel: w.on })
        if (w.waitsFor === 'recv') return t('res.deadlockRecv', { task: w.task, channel: w.on })
        const holder = waits[(i + 1) % waits.length]?.task
        return holder
          ? t('res.deadlockStep', { thread: w.task, lock: w.on, holder })
          : t('res.deadlockLock', { task: w.task, lock: w.on })
      })
    : d.cycle.map((thread, i) => {
        const lock = d.locks[i]
        const holder = d.cycle[(i + 1) % d.cycle.length]
        return lock ? t('res.deadlockStep', { thread, lock, holder }) : thread
      })
  return t('res.deadlock', { steps: steps.join(' → ') })
}
