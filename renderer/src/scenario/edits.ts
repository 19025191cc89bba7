// Structural edits of a draft: add, duplicate, delete and reorder processes, threads and
// coroutines, devices and locks. Pure functions returning a new draft (the store records each
// as one undo step) and, where useful, what to select afterwards.
import type {
  CoroutineDraft,
  DeviceDraft,
  Draft,
  LockDraft,
  ProcessDraft,
  ThreadDraft
} from './draft'
import { withoutKey } from './paths'
import type { Selection } from './selection'

export interface EditResult {
  draft: Draft
  select: Selection
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const set = new Set(taken)
  if (!set.has(base)) return base
  for (let i = 2; ; i++) if (!set.has(`${base}-${i}`)) return `${base}-${i}`
}

function nextIndexedName(prefix: string, taken: readonly string[]): string {
  const set = new Set(taken)
  for (let i = 1; ; i++) if (!set.has(`${prefix}-${i}`)) return `${prefix}-${i}`
}

function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice()
  const [item] = copy.splice(from, 1)
  copy.splice(to, 0, item)
  return copy
}

function mapProcess(d: Draft, p: number, f: (proc: ProcessDraft) => ProcessDraft): Draft {
  return { ...d, processes: d.processes.map((proc, i) => (i === p ? f(proc) : proc)) }
}

function mapThread(d: Draft, p: number, t: number, f: (thread: ThreadDraft) => ThreadDraft): Draft {
  return mapProcess(d, p, (proc) => ({
    ...proc,
    threads: proc.threads.map((th, i) => (i === t ? f(th) : th))
  }))
}

const clone = <T>(v: T): T => structuredClone(v)

export function newThread(name: string): ThreadDraft {
  return { name, ops: [{ cpu: 5 }, { io: 10 }, { cpu: 3 }] }
}

export function addProcess(d: Draft): EditResult {
  const name = nextIndexedName(
    'process',
    d.processes.map((p) => p.name)
  )
  const arrival = 0
  const proc: ProcessDraft = { name, arrival, threads: [newThread('main')] }
  return {
    draft: { ...d, processes: [...d.processes, proc] },
    select: { kind: 'process', p: d.processes.length }
  }
}

export function addThread(d: Draft, p: number): EditResult {
  const proc = d.processes[p]
  const name = nextIndexedName(
    'thread',
    proc.threads.map((t) => t.name)
  )
  return {
    draft: mapProcess(d, p, (x) => ({ ...x, threads: [...x.threads, newThread(name)] })),
    select: { kind: 'thread', p, t: proc.threads.length }
  }
}

/**
 * Adds a coroutine to a thread. A thread without a runtime becomes an event-loop host first;
 * its own ops (a host runs only its coroutines) move into the new coroutine so nothing typed is
 * lost — one undo step brings the thread back as it was.
 */
export function addCoroutine(d: Draft, p: number, t: number): EditResult {
  const thread = d.processes[p].threads[t]
  const existing = thread.coroutines ?? []
  const name = nextIndexedName(
    'co',
    existing.map((c) => c.name)
  )
  const movedOps = !thread.runtime && (thread.ops?.length ?? 0) > 0 ? thread.ops : undefined
  const co: CoroutineDraft = {
    name,
    ops: movedOps ? clone(movedOps) : [{ cpu: 1 }, { await: 10 }, { cpu: 1 }]
  }
  return {
    draft: mapThread(d, p, t, (th) => {
      const next: ThreadDraft = { ...th, coroutines: [...existing, co] }
      if (!th.runtime) {
        next.runtime = { kind: 'event-loop' }
        next.ops = []
      }
      return next
    }),
    select: { kind: 'coroutine', p, t, c: existing.length }
  }
}

/** Duplicates the selected process, thread or coroutine right after itself. */
export function duplicate(d: Draft, s: Selection): EditResult | null {
  if (s.kind === 'process') {
    const copy = clone(d.processes[s.p])
    copy.name = uniqueName(
      `${copy.name}-copy`,
      d.processes.map((p) => p.name)
    )
    const processes = d.processes.slice()
    processes.splice(s.p + 1, 0, copy)
    return { draft: { ...d, processes }, select: { kind: 'process', p: s.p + 1 } }
  }
  if (s.kind === 'thread') {
    const threads = d.processes[s.p].threads
    const copy = clone(threads[s.t])
    copy.name = uniqueName(
      `${copy.name}-copy`,
      threads.map((t) => t.name)
    )
    const next = threads.slice()
    next.splice(s.t + 1, 0, copy)
    return {
      draft: mapProcess(d, s.p, (x) => ({ ...x, threads: next })),
      select: { kind: 'thread', p: s.p, t: s.t + 1 }
    }
  }
  if (s.kind === 'coroutine') {
    const cos = d.processes[s.p].threads[s.t].coroutines ?? []
    const copy = clone(cos[s.c])
    copy.name = uniqueName(
      `${copy.name}-copy`,
      cos.map((c) => c.name)
    )
    const next = cos.slice()
    next.splice(s.c + 1, 0, copy)
    return {
      draft: mapThread(d, s.p, s.t, (th) => ({ ...th, coroutines: next })),
      select: { kind: 'coroutine', p: s.p, t: s.t, c: s.c + 1 }
    }
  }
  return null
}

/** Why an item cannot be deleted (the format needs at least one process, and one thread per process). */
export function deleteBlocker(d: Draft, s: Selection): 'last-process' | 'last-thread' | null {
  if (s.kind === 'process' && d.processes.length <= 1) return 'last-process'
  if (s.kind === 'thread' && d.processes[s.p].threads.length <= 1) return 'last-thread'
  return null
}

export function remove(d: Draft, s: Selection): EditResult | null {
  if (deleteBlocker(d, s)) return null
  if (s.kind === 'process') {
    return {
      draft: { ...d, processes: d.processes.filter((_, i) => i !== s.p) },
      select:
        d.processes.length > 1
          ? { kind: 'process', p: Math.min(s.p, d.processes.length - 2) }
          : { kind: 'scenario' }
    }
  }
  if (s.kind === 'thread') {
    const n = d.processes[s.p].threads.length
    return {
      draft: mapProcess(d, s.p, (x) => ({ ...x, threads: x.threads.filter((_, i) => i !== s.t) })),
      select: { kind: 'thread', p: s.p, t: Math.min(s.t, n - 2) }
    }
  }
  if (s.kind === 'coroutine') {
    const n = d.processes[s.p].threads[s.t].coroutines?.length ?? 0
    return {
      draft: mapThread(d, s.p, s.t, (th) => ({
        ...th,
        coroutines: (th.coroutines ?? []).filter((_, i) => i !== s.c)
      })),
      select:
        n > 1
          ? { kind: 'coroutine', p: s.p, t: s.t, c: Math.min(s.c, n - 2) }
          : { kind: 'thread', p: s.p, t: s.t }
    }
  }
  return null
}

/** Can the item move by `delta` places among its siblings? */
export function canMove(d: Draft, s: Selection, delta: number): boolean {
  const siblings =
    s.kind === 'process'
      ? d.processes.length
      : s.kind === 'thread'
        ? d.processes[s.p].threads.length
        : s.kind === 'coroutine'
          ? (d.processes[s.p].threads[s.t].coroutines?.length ?? 0)
          : 0
  const index =
    s.kind === 'process' ? s.p : s.kind === 'thread' ? s.t : s.kind === 'coroutine' ? s.c : -1
  return index >= 0 && index + delta >= 0 && index + delta < siblings
}

export function move(d: Draft, s: Selection, delta: number): EditResult | null {
  if (!canMove(d, s, delta)) return null
  if (s.kind === 'process') {
    return {
      draft: { ...d, processes: moveItem(d.processes, s.p, s.p + delta) },
      select: { kind: 'process', p: s.p + delta }
    }
  }
  if (s.kind === 'thread') {
    return {
      draft: mapProcess(d, s.p, (x) => ({ ...x, threads: moveItem(x.threads, s.t, s.t + delta) })),
      select: { kind: 'thread', p: s.p, t: s.t + delta }
    }
  }
  if (s.kind === 'coroutine') {
    return {
      draft: mapThread(d, s.p, s.t, (th) => ({
        ...th,
        coroutines: moveItem(th.coroutines ?? [], s.c, s.c + delta)
      })),
      select: { kind: 'coroutine', p: s.p, t: s.t, c: s.c + delta }
    }
  }
  return null
}

export function addDevice(d: Draft): Draft {
  const devices = d.devices ?? []
  const device: DeviceDraft = {
    name: nextIndexedName(
      'disk',
      devices.map((x) => x.name)
    ),
    channels: 1
  }
  return { ...d, devices: [...devices, device] }
}

export function addLock(d: Draft): Draft {
  const locks = d.locks ?? []
  const lock: LockDraft = {
    name: nextIndexedName(
      'lock',
      locks.map((x) => x.name)
    ),
    kind: 'mutex',
    protocol: 'none'
  }
  return { ...d, locks: [...locks, lock] }
}

/** Removes one entry of a top-level list (devices or locks); an emptied list leaves the file. */
export function removeListItem(d: Draft, list: 'devices' | 'locks', index: number): Draft {
  const items = (d[list] ?? []) as unknown[]
  const next = items.filter((_, i) => i !== index)
  return next.length === 0 ? withoutKey(d, list) : { ...d, [list]: next }
}
