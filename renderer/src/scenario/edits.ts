// Structural edits of a draft: add, duplicate, delete and reorder processes, threads and
// coroutines, devices and locks. Pure functions returning a new draft (the store records each
// as one undo step) and, where useful, what to select afterwards.
import type {
  CoroutineDraft,
  DeviceDraft,
  Draft,
  LockDraft,
  OpDraft,
  ProcessDraft,
  ThreadDraft
} from './draft'
import { draftNodes, removeNode } from './cluster'
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

/** `worker-2` → `worker-`, 2; a name that does not end in a number → null. */
function splitNumber(name: string): { stem: string; n: number } | null {
  const m = /^(.*?)(\d+)$/.exec(name)
  return m ? { stem: m[1], n: Number(m[2]) } : null
}

/**
 * The name of a copy: `worker-2` → `worker-3` (the next number after its own that is not
 * taken); a name without a number → `main-2`, `main-3`…
 */
export function copyName(name: string, taken: readonly string[]): string {
  const numbered = splitNumber(name)
  if (!numbered) return uniqueName(name, taken)
  const set = new Set(taken)
  for (let i = numbered.n + 1; ; i++) {
    if (!set.has(`${numbered.stem}${i}`)) return `${numbered.stem}${i}`
  }
}

/**
 * Names for `count` new siblings, numbered on from the last sibling (`worker-4` → `worker-5`,
 * `worker-6`…), or `prefix-1`, `prefix-2`… when the last one has no number to go on from.
 */
export function namesAfter(siblings: readonly string[], prefix: string, count: number): string[] {
  const taken = siblings.slice()
  const last = siblings.at(-1)
  const numbered = last !== undefined && splitNumber(last) !== null
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    const name = numbered
      ? copyName(names.at(-1) ?? (last as string), taken)
      : nextIndexedName(prefix, taken)
    names.push(name)
    taken.push(name)
  }
  return names
}

/** Most siblings one Add makes at once (the field's maximum). */
export const MAX_ADD_COUNT = 64

const addCount = (count: number): number =>
  Number.isInteger(count) ? Math.min(MAX_ADD_COUNT, Math.max(1, count)) : 1

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

/** Adds `count` threads (one undo step), named on from the last; selects the first new one. */
export function addThread(d: Draft, p: number, count = 1): EditResult {
  const proc = d.processes[p]
  const names = namesAfter(
    proc.threads.map((t) => t.name ?? ''),
    'thread',
    addCount(count)
  )
  return {
    draft: mapProcess(d, p, (x) => ({ ...x, threads: [...x.threads, ...names.map(newThread)] })),
    select: { kind: 'thread', p, t: proc.threads.length }
  }
}

export const newCoroutineOps = (): CoroutineDraft['ops'] => [{ cpu: 1 }, { await: 10 }, { cpu: 1 }]

/**
 * Adds `count` coroutines to a thread (one undo step), named on from the last. A thread without
 * a runtime becomes an event-loop host first; its own ops (a host runs only its coroutines) move
 * into the first new coroutine so nothing typed is lost — one undo step brings the thread back
 * as it was.
 */
export function addCoroutine(d: Draft, p: number, t: number, count = 1): EditResult {
  const thread = d.processes[p].threads[t]
  const existing = thread.coroutines ?? []
  const names = namesAfter(
    existing.map((c) => c.name ?? ''),
    'co',
    addCount(count)
  )
  const movedOps = !thread.runtime && (thread.ops?.length ?? 0) > 0 ? thread.ops : undefined
  const added = names.map((name, i): CoroutineDraft => ({
    name,
    ops: i === 0 && movedOps ? clone(movedOps) : newCoroutineOps()
  }))
  return {
    draft: mapThread(d, p, t, (th) => {
      const next: ThreadDraft = { ...th, coroutines: [...existing, ...added] }
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
    copy.name = copyName(
      copy.name,
      d.processes.map((p) => p.name)
    )
    const processes = d.processes.slice()
    processes.splice(s.p + 1, 0, copy)
    return { draft: { ...d, processes }, select: { kind: 'process', p: s.p + 1 } }
  }
  if (s.kind === 'thread') {
    const threads = d.processes[s.p].threads
    const copy = clone(threads[s.t])
    copy.name = copyName(
      copy.name ?? '',
      threads.map((t) => t.name ?? '')
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
    copy.name = copyName(
      copy.name ?? '',
      cos.map((c) => c.name ?? '')
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
  if (s.kind === 'node') {
    const n = draftNodes(d).length
    return {
      draft: removeNode(d, s.n),
      select: n > 1 ? { kind: 'node', n: Math.min(s.n, n - 2) } : { kind: 'nodes' }
    }
  }
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

/** A thread's own ops as a coroutine's: `sleep` (which blocks a thread) becomes `await`. */
function asCoroutineOps(ops: readonly OpDraft[]): OpDraft[] {
  return ops.map((op): OpDraft => {
    if ('sleep' in op) return { await: op.sleep }
    if ('repeat' in op) return { repeat: op.repeat, ops: asCoroutineOps(op.ops) }
    return clone(op)
  })
}

/** A coroutine's ops as a thread's: `await` (a thread cannot await) becomes blocking `io`. */
function asThreadOps(ops: readonly OpDraft[]): OpDraft[] {
  return ops.map((op): OpDraft => {
    if ('await' in op)
      return op.device === undefined ? { io: op.await } : { io: op.await, device: op.device }
    if ('repeat' in op) return { repeat: op.repeat, ops: asThreadOps(op.ops) }
    return clone(op)
  })
}

export type RuntimeKind = 'event-loop' | 'm:n'

export interface RuntimeChange extends EditResult {
  /** A thread's own ops moved into a new first coroutine (none → a runtime). */
  movedOpsTo: string | null
  /** Coroutines turned into this thread's ops and threads after it (a runtime → none). */
  coroutinesToThreads: number
}

/**
 * Gives a thread a runtime, changes it, or takes it away, keeping what the user wrote runnable
 * where the format allows (a host runs only coroutines; a thread without a runtime has none):
 * - none → event loop / M:N: the thread's own ops move into a new first coroutine (`sleep`
 *   becomes `await`); ops a coroutine cannot have (`lock`) stay there for the user to see.
 * - a runtime → none: the first coroutine's ops become the thread's, each other coroutine becomes
 *   a thread of its own right after it (thread per request), `await` turning into `io`.
 * One undo step either way.
 */
export function setRuntime(
  d: Draft,
  p: number,
  t: number,
  kind: RuntimeKind | null
): RuntimeChange {
  const thread = d.processes[p].threads[t]
  const unchanged = { draft: d, select: { kind: 'thread', p, t } as Selection }
  if (kind !== null) {
    const runtime =
      kind === 'm:n'
        ? { kind, workers: thread.runtime?.kind === 'm:n' ? thread.runtime.workers : 2 }
        : { kind }
    const ops = thread.ops ?? []
    if (ops.length === 0) {
      return {
        draft: mapThread(d, p, t, (th) => ({ ...th, runtime })),
        select: unchanged.select,
        movedOpsTo: null,
        coroutinesToThreads: 0
      }
    }
    const existing = thread.coroutines ?? []
    const [name] = namesAfter(
      existing.map((c) => c.name ?? ''),
      'co',
      1
    )
    const co: CoroutineDraft = { name, ops: asCoroutineOps(ops) }
    return {
      draft: mapThread(d, p, t, (th) => ({
        ...th,
        runtime,
        ops: [],
        coroutines: [co, ...existing]
      })),
      select: unchanged.select,
      movedOpsTo: name,
      coroutinesToThreads: 0
    }
  }
  const coroutines = thread.coroutines ?? []
  const { runtime: _runtime, coroutines: _coroutines, ...plain } = thread
  if (coroutines.length === 0) {
    return {
      draft: mapThread(d, p, t, () => plain),
      select: unchanged.select,
      movedOpsTo: null,
      coroutinesToThreads: 0
    }
  }
  const [first, ...rest] = coroutines
  const host: ThreadDraft = { ...plain, ops: [...(thread.ops ?? []), ...asThreadOps(first.ops)] }
  const taken = d.processes[p].threads.map((x) => x.name ?? '')
  const made = rest.map((co): ThreadDraft => {
    const name = uniqueName(co.name ?? 'thread', taken)
    taken.push(name)
    const th: ThreadDraft = { name, ops: asThreadOps(co.ops) }
    if (co.arrival !== undefined) th.arrival = co.arrival
    return th
  })
  return {
    draft: mapProcess(d, p, (proc) => {
      const threads = proc.threads.slice()
      threads.splice(t, 1, host, ...made)
      return { ...proc, threads }
    }),
    select: unchanged.select,
    movedOpsTo: null,
    coroutinesToThreads: coroutines.length
  }
}
