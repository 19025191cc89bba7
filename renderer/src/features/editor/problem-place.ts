// Where a problem is, in the names the user gave: `web / worker-2 · op 4 (cpu)` for
// `processes[0].threads[1].ops[3].cpu`. A raw path is exact but makes the reader count array
// indexes (and from zero); names and 1-based op numbers match the tree and the op rows. Pure.
import type { Translate } from '../../i18n/translate'
import type { Draft } from '../../scenario/draft'
import { formatPath, getAt, parsePath, type PathPart } from '../../scenario/paths'

/** An item's name, or its 1-based position as the tree shows an unnamed one. */
function nameAt(d: Draft, parts: readonly PathPart[], index: number): string {
  const item = getAt(d, parts)
  const name =
    item !== null && typeof item === 'object' ? (item as { name?: unknown }).name : undefined
  return typeof name === 'string' && name !== '' ? name : `#${index + 1}`
}

/** The process, thread and coroutine a path lies in (outermost first), and what is left of it. */
function owner(d: Draft, parts: PathPart[]): { names: string[]; rest: PathPart[] } | null {
  if (parts[0] !== 'processes' || typeof parts[1] !== 'number') return null
  const names = [nameAt(d, parts.slice(0, 2), parts[1])]
  let at = 2
  for (const key of ['threads', 'coroutines']) {
    const index = parts[at + 1]
    if (parts[at] !== key || typeof index !== 'number') break
    names.push(nameAt(d, parts.slice(0, at + 2), index))
    at += 2
  }
  return { names, rest: parts.slice(at) }
}

/** `op 4 (cpu)`, numbered like the op rows (`op 2.1` inside a repeat); null if not in an op. */
function opPart(rest: readonly PathPart[], t: Translate): string | null {
  const numbers: number[] = []
  let at = 0
  for (;;) {
    const index = rest[at + 1]
    if (rest[at] !== 'ops' || typeof index !== 'number') break
    numbers.push(index + 1)
    at += 2
  }
  if (numbers.length === 0) return null
  const n = numbers.join('.')
  const field = formatPath(rest.slice(at))
  return field ? t('problems.op', { n, field }) : t('problems.opOnly', { n })
}

/** The named place of a path inside a process; null for paths outside processes (`machine.cores` reads well as it is). */
export function problemPlace(d: Draft, path: string, t: Translate): string | null {
  const o = owner(d, parsePath(path))
  if (!o) return null
  const who = o.names.join(' / ')
  if (o.rest.length === 0) return who
  return t('problems.place', { owner: who, part: opPart(o.rest, t) ?? formatPath(o.rest) })
}

/** The named place of an op list's text form: `web / worker-2 · ops text`. */
export function opsTextPlace(d: Draft, listPath: string, t: Translate): string {
  const o = owner(d, parsePath(listPath))
  const who = o ? o.names.join(' / ') : listPath
  return t('problems.place', { owner: who, part: t('problems.opsText') })
}
