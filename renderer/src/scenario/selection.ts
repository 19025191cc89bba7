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
  | { kind: 'nodes' }
  | { kind: 'node'; n: number }
  | { kind: 'network' }
  | { kind: 'services' }
  | { kind: 'requests' }
  | { kind: 'faults' }
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
  if (a === 'nodes') return typeof p === 'number' ? { kind: 'node', n: p } : { kind: 'nodes' }
  if (a === 'network' || a === 'services' || a === 'requests' || a === 'faults') return { kind: a }
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
    case 'nodes':
    case 'network':
    case 'services':
    case 'requests':
    case 'faults':
      return [s.kind]
    case 'node':
      return ['nodes', s.n]
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
  d: { processes: { threads: { coroutines?: unknown[] }[] }[]; nodes?: unknown },
  s: Selection
): Selection {
  if (s.kind === 'node') {
    const count = Array.isArray(d.nodes) ? d.nodes.length : 0
    if (s.n < count) return s
    return count > 0 ? { kind: 'node', n: count - 1 } : { kind: 'scenario' }
  }
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
