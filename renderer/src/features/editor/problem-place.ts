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

/**
 * The cluster item a path lies in (`node web-2`, `service orders`, `requests 1`, `fault 1`,
 * `link 1`) and what is left of it; null outside the cluster lists.
 */
function clusterOwner(
  d: Draft,
  parts: PathPart[],
  t: Translate
): { names: string[]; rest: PathPart[] } | null {
  const [list, index] = parts
  if (typeof index !== 'number') {
    if (list === 'network' && parts[1] === 'links' && typeof parts[2] === 'number')
      return { names: [t('problems.link', { n: parts[2] + 1 })], rest: parts.slice(3) }
    return null
  }
  const rest = parts.slice(2)
  const name = () => nameAt(d, parts.slice(0, 2), index)
  if (list === 'nodes') return { names: [t('problems.node', { name: name() })], rest }
  if (list === 'services') {
    // A handler's ops read like a thread's: `service orders · op 2 (cpu)`.
    const inHandler = rest[0] === 'handler' && rest[1] === 'ops'
    return {
      names: [t('problems.service', { name: name() })],
      rest: inHandler ? rest.slice(1) : rest
    }
  }
  if (list === 'requests') return { names: [t('problems.requests', { n: index + 1 })], rest }
  if (list === 'faults') return { names: [t('problems.fault', { n: index + 1 })], rest }
  return null
}

/** The process, thread and coroutine a path lies in (outermost first), and what is left of it. */
function owner(
  d: Draft,
  parts: PathPart[],
  t: Translate
): { names: string[]; rest: PathPart[] } | null {
  if (parts[0] !== 'processes' || typeof parts[1] !== 'number') return clusterOwner(d, parts, t)
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

/** The named place of a path inside a process or a cluster item; null elsewhere (`machine.cores` reads well as it is). */
export function problemPlace(d: Draft, path: string, t: Translate): string | null {
  const o = owner(d, parsePath(path), t)
  if (!o) return null
  const who = o.names.join(' / ')
  if (o.rest.length === 0) return who
  return t('problems.place', { owner: who, part: opPart(o.rest, t) ?? formatPath(o.rest) })
}

/** The named place of an op list's text form: `web / worker-2 · ops text`. */
export function opsTextPlace(d: Draft, listPath: string, t: Translate): string {
  const o = owner(d, parsePath(listPath), t)
  const who = o ? o.names.join(' / ') : listPath
  return t('problems.place', { owner: who, part: t('problems.opsText') })
}
