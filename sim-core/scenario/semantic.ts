// Checks the schema cannot express: names that must be unique or must exist, affinity within the
// machine, lock use that is balanced, and sizes that stay within LIMITS.
import { LIMITS } from './limits'
import type { CoroutineOp, ThreadOp } from './ops-schema'
import { formatPath, type Problem } from './problems'
import type { Scenario } from './schema'

type Op = ThreadOp | CoroutineOp

function checkUnique(
  names: readonly string[],
  base: (string | number)[],
  field: string,
  out: Problem[]
): void {
  const seen = new Map<string, number>()
  names.forEach((n, i) => {
    const first = seen.get(n)
    if (first !== undefined) {
      out.push({
        path: formatPath([...base, i, field]),
        message: `duplicate name "${n}" (also at ${formatPath([...base, first])})`
      })
    } else seen.set(n, i)
  })
}

/** Ops after repeat expansion; saturates instead of overflowing. */
export function expandedOpCount(ops: readonly Op[]): number {
  let n = 0
  for (const op of ops) {
    n += 'repeat' in op ? op.repeat * expandedOpCount(op.ops) : 1
    if (n > Number.MAX_SAFE_INTEGER / 2) return Number.MAX_SAFE_INTEGER
  }
  return n
}

interface OpContext {
  devices: ReadonlySet<string>
  locks: ReadonlySet<string>
  out: Problem[]
}

/** Walks ops in order, tracking which locks are held, and reports what cannot work. */
function checkOps(
  ops: readonly Op[],
  path: (string | number)[],
  held: Set<string>,
  ctx: OpContext
): void {
  ops.forEach((op, i) => {
    const here = [...path, i]
    if ('device' in op && op.device !== undefined && !ctx.devices.has(op.device)) {
      ctx.out.push({
        path: formatPath([...here, 'device']),
        message: `unknown device "${op.device}" (declare it under "devices")`
      })
    }
    if ('lock' in op) {
      if (!ctx.locks.has(op.lock))
        ctx.out.push({
          path: formatPath([...here, 'lock']),
          message: `unknown lock "${op.lock}" (declare it under "locks")`
        })
      else if (held.has(op.lock))
        ctx.out.push({
          path: formatPath([...here, 'lock']),
          message: `lock "${op.lock}" is already held by this thread`
        })
      held.add(op.lock)
    } else if ('unlock' in op) {
      if (!ctx.locks.has(op.unlock))
        ctx.out.push({
          path: formatPath([...here, 'unlock']),
          message: `unknown lock "${op.unlock}" (declare it under "locks")`
        })
      else if (!held.has(op.unlock))
        ctx.out.push({
          path: formatPath([...here, 'unlock']),
          message: `unlocks "${op.unlock}", which this thread does not hold here`
        })
      held.delete(op.unlock)
    } else if ('repeat' in op) {
      const before = [...held].sort().join('\u0000')
      checkOps(op.ops, [...here, 'ops'], held, ctx)
      if (op.repeat > 1 && [...held].sort().join('\u0000') !== before) {
        ctx.out.push({
          path: formatPath([...here, 'ops']),
          message: 'a repeated body must release every lock it takes (and take none it releases)'
        })
      }
    }
  })
}

export function semanticProblems(s: Scenario): Problem[] {
  const out: Problem[] = []
  const ctx: OpContext = {
    devices: new Set(s.devices.map((d) => d.name)),
    locks: new Set(s.locks.map((l) => l.name)),
    out
  }
  checkUnique(
    s.processes.map((p) => p.name),
    ['processes'],
    'name',
    out
  )
  checkUnique(
    s.devices.map((d) => d.name),
    ['devices'],
    'name',
    out
  )
  checkUnique(
    s.locks.map((l) => l.name),
    ['locks'],
    'name',
    out
  )
  s.locks.forEach((l, i) => {
    if (l.kind === 'mutex' && l.permits !== undefined && l.permits !== 1) {
      out.push({
        path: formatPath(['locks', i, 'permits']),
        message: 'a mutex has exactly one permit; use "kind": "semaphore" for more'
      })
    }
  })

  let threads = 0
  let coroutines = 0
  let ops = 0
  s.processes.forEach((p, pi) => {
    const pPath = ['processes', pi]
    checkUnique(
      p.threads.map((t) => t.name),
      [...pPath, 'threads'],
      'name',
      out
    )
    // An M:N runtime's worker threads are named NAME-w0, NAME-w1, ...: they need free names too.
    const taken = new Map(p.threads.map((t, ti) => [t.name, ti]))
    p.threads.forEach((t, ti) => {
      if (t.runtime?.kind !== 'm:n') return
      for (let w = 0; w < t.runtime.workers; w++) {
        const other = taken.get(`${t.name}-w${w}`)
        if (other !== undefined && other !== ti) {
          out.push({
            path: formatPath([...pPath, 'threads', ti, 'runtime']),
            message: `its worker threads are named "${t.name}-w0" to "${t.name}-w${t.runtime.workers - 1}", but threads[${other}] is already "${t.name}-w${w}"`
          })
          break
        }
      }
    })
    p.affinity?.forEach((c, ai) => {
      if (c >= s.machine.cores) {
        out.push({
          path: formatPath([...pPath, 'affinity', ai]),
          message: `core ${c} does not exist: the machine has cores 0 to ${s.machine.cores - 1}`
        })
      }
    })
    p.threads.forEach((t, ti) => {
      const tPath = [...pPath, 'threads', ti]
      threads += t.runtime?.kind === 'm:n' ? t.runtime.workers : 1
      if (t.runtime) {
        if (!t.coroutines || t.coroutines.length === 0)
          out.push({
            path: formatPath([...tPath, 'coroutines']),
            message: 'a thread with a runtime needs at least one coroutine'
          })
        if (t.ops.length > 0)
          out.push({
            path: formatPath([...tPath, 'ops']),
            message: 'a thread with a runtime runs its coroutines; give it no ops of its own'
          })
      } else if (t.coroutines) {
        out.push({
          path: formatPath([...tPath, 'coroutines']),
          message:
            'coroutines need a host runtime: add "runtime": {"kind": "event-loop"} to this thread'
        })
      } else if (t.ops.length === 0) {
        out.push({ path: formatPath([...tPath, 'ops']), message: 'expected at least one op' })
      }
      if (t.periodic && t.runtime)
        out.push({
          path: formatPath([...tPath, 'periodic']),
          message: 'a periodic thread cannot host a runtime'
        })
      const held = new Set<string>()
      checkOps(t.ops, [...tPath, 'ops'], held, ctx)
      if (held.size > 0)
        out.push({
          path: formatPath([...tPath, 'ops']),
          message: `the thread ends holding ${[...held].map((l) => `"${l}"`).join(', ')}`
        })
      ops += expandedOpCount(t.ops) * (t.periodic?.jobs ?? 1)
      t.coroutines?.forEach((c, ci) => {
        coroutines += 1
        checkOps(c.ops, [...tPath, 'coroutines', ci, 'ops'], new Set(), ctx)
        if (c.ops.length === 0)
          out.push({
            path: formatPath([...tPath, 'coroutines', ci, 'ops']),
            message: 'expected at least one op'
          })
        ops += expandedOpCount(c.ops)
      })
      if (t.coroutines)
        checkUnique(
          t.coroutines.map((c) => c.name),
          [...tPath, 'coroutines'],
          'name',
          out
        )
    })
  })
  if (threads > LIMITS.maxThreads)
    out.push({
      path: 'processes',
      message: `too many threads: ${threads} (at most ${LIMITS.maxThreads})`
    })
  if (coroutines > LIMITS.maxCoroutines)
    out.push({
      path: 'processes',
      message: `too many coroutines: ${coroutines} (at most ${LIMITS.maxCoroutines})`
    })
  if (ops > LIMITS.maxExpandedOps) {
    out.push({
      path: 'processes',
      message: `the ops expand to ${ops >= Number.MAX_SAFE_INTEGER ? 'more than 2^52' : ops} after repeats (at most ${LIMITS.maxExpandedOps})`
    })
  }
  return out
}
