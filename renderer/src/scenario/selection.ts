// What the tree can select, and which item owns a given JSON path (so clicking a problem selects
// the item whose editor shows that field).
import type { Path } from './paths'

export type Selection =
  | { kind: 'scenario' }
  | { kind: 'machine' }
  | { kind: 'scheduler' }
  | { kind: 'devices' }
  | { kind: 'locks' }
  | { kind: 'channels' }
  | { kind: 'processes' }
  | { kind: 'process'; p: number }
  | { kind: 'thread'; p: number; t: number }
  | { kind: 'coroutine'; p: number; t: number; c: number }

export function selectionForPath(path: Path): Selection {
  const [a, p, b, t, c, co] = path
  if (a === 'machine') return { kind: 'machine' }
  if (a === 'scheduler') return { kind: 'scheduler' }
  if (a === 'devices') return { kind: 'devices' }
  if (a === 'locks') return { kind: 'locks' }
  if (a === 'channels') return { kind: 'channels' }
  if (a === 'processes' && typeof p === 'number') {
    if (b === 'threads' && typeof t === 'number') {
      if (c === 'coroutines' && typeof co === 'number') return { kind: 'coroutine', p, t, c: co }
      return { kind: 'thread', p, t }
    }
    return { kind: 'process', p }
  }
  if (a === 'processes') return { kind: 'processes' }
  return { kind: 'scenario' }
}

/** The JSON path of the object a selection edits. */
export function selectionPath(s: Selection): Path {
  switch (s.kind) {
    case 'scenario':
      return []
    case 'machine':
    case 'scheduler':
    case 'devices':
    case 'locks':
    case 'channels':
    case 'processes':
      return [s.kind]
    case 'process':
      return ['processes', s.p]
    case 'thread':
      return ['processes', s.p, 'threads', s.t]
    case 'coroutine':
      return ['processes', s.p, 'threads', s.t, 'coroutines', s.c]
  }
}

export function sameSelection(a: Selection, b: Selection): boolean {
  const pa = selectionPath(a)
  const pb = selectionPath(b)
  return a.kind === b.kind && pa.length === pb.length && pa.every((x, i) => x === pb[i])
}

/** The nearest selection that still exists in `d` (after undo removed the selected item). */
export function clampSelection(
  d: { processes: { threads: { coroutines?: unknown[] }[] }[] },
  s: Selection
): Selection {
  if (s.kind !== 'process' && s.kind !== 'thread' && s.kind !== 'coroutine') return s
  const proc = d.processes[s.p]
  if (!proc)
    return d.processes.length > 0
      ? { kind: 'process', p: d.processes.length - 1 }
      : { kind: 'scenario' }
  if (s.kind === 'process') return s
  const thread = proc.threads[s.t]
  if (!thread) return { kind: 'process', p: s.p }
  if (s.kind === 'thread') return s
  return thread.coroutines?.[s.c] ? s : { kind: 'thread', p: s.p, t: s.t }
}
