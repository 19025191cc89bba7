// Checks the schema cannot express: names that must be unique or must exist, affinity within the
// machine, lock use that is balanced, and sizes that stay within LIMITS.
import { cpuTicks } from '../engine/build-model'
import { partition } from '../sched/partition'
import { opKindOf } from '../program/op-table'
import { LIMITS } from './limits'
import type { CoroutineOp, ThreadOp } from './ops-schema'
import { codedProblem } from './problem-codes'
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
      out.push(
        codedProblem(formatPath([...base, i, field]), 'duplicateName', {
          name: n,
          other: formatPath([...base, first])
        })
      )
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
  channels: ReadonlySet<string>
  out: Problem[]
}

/** Walks ops in order, tracking which locks are held, and reports what cannot work (each op kind's own check, op-table.ts). */
function checkOps(
  ops: readonly Op[],
  path: (string | number)[],
  held: Set<string>,
  ctx: OpContext
): void {
  ops.forEach((op, i) => {
    const here = [...path, i]
    if ('repeat' in op) {
      const before = [...held].sort().join('\u0000')
      checkOps(op.ops, [...here, 'ops'], held, ctx)
      if (op.repeat > 1 && [...held].sort().join('\u0000') !== before) {
        ctx.out.push(codedProblem(formatPath([...here, 'ops']), 'repeatUnbalanced'))
      }
      return
    }
    opKindOf(op)?.check?.(op, {
      devices: ctx.devices,
      locks: ctx.locks,
      channels: ctx.channels,
      held,
      report: (field, code, params) =>
        ctx.out.push(codedProblem(formatPath([...here, field]), code, params))
    })
  })
}

export function semanticProblems(s: Scenario): Problem[] {
  const out: Problem[] = []
  if (s.scheduler.balance && s.scheduler.queues !== 'per-core')
    out.push(codedProblem('scheduler.balance', 'balanceNeedsPerCore'))
  const ctx: OpContext = {
    devices: new Set(s.devices.map((d) => d.name)),
    locks: new Set(s.locks.map((l) => l.name)),
    channels: new Set((s.channels ?? []).map((c) => c.name)),
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
  checkUnique(
    (s.channels ?? []).map((c) => c.name),
    ['channels'],
    'name',
    out
  )
  s.locks.forEach((l, i) => {
    if (l.kind === 'mutex' && l.permits !== undefined && l.permits !== 1) {
      out.push(codedProblem(formatPath(['locks', i, 'permits']), 'mutexPermits'))
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
          out.push(
            codedProblem(formatPath([...pPath, 'threads', ti, 'runtime']), 'workerNameTaken', {
              first: `${t.name}-w0`,
              last: `${t.name}-w${t.runtime.workers - 1}`,
              other,
              taken: `${t.name}-w${w}`
            })
          )
          break
        }
      }
    })
    p.affinity?.forEach((c, ai) => {
      if (c >= s.machine.cores) {
        out.push(
          codedProblem(formatPath([...pPath, 'affinity', ai]), 'coreMissing', {
            core: c,
            last: s.machine.cores - 1
          })
        )
      }
    })
    p.threads.forEach((t, ti) => {
      const tPath = [...pPath, 'threads', ti]
      t.affinity?.forEach((c, ai) => {
        if (c >= s.machine.cores)
          out.push(
            codedProblem(formatPath([...tPath, 'affinity', ai]), 'coreMissing', {
              core: c,
              last: s.machine.cores - 1
            })
          )
      })
      if (t.affinity && p.affinity && !t.affinity.some((c) => p.affinity?.includes(c)))
        out.push(
          codedProblem(formatPath([...tPath, 'affinity']), 'affinityDisjoint', {
            process: p.affinity.join(', ')
          })
        )
      threads += t.runtime?.kind === 'm:n' ? t.runtime.workers : 1
      if (t.runtime) {
        if (!t.coroutines || t.coroutines.length === 0)
          out.push(codedProblem(formatPath([...tPath, 'coroutines']), 'runtimeNeedsCoroutines'))
        if (t.ops.length > 0) out.push(codedProblem(formatPath([...tPath, 'ops']), 'runtimeHasOps'))
      } else if (t.coroutines) {
        out.push(codedProblem(formatPath([...tPath, 'coroutines']), 'coroutinesNeedRuntime'))
      } else if (t.ops.length === 0) {
        out.push(codedProblem(formatPath([...tPath, 'ops']), 'noOps'))
      }
      if (t.periodic && t.runtime)
        out.push(codedProblem(formatPath([...tPath, 'periodic']), 'periodicRuntime'))
      const held = new Set<string>()
      checkOps(t.ops, [...tPath, 'ops'], held, ctx)
      if (held.size > 0)
        out.push(
          codedProblem(formatPath([...tPath, 'ops']), 'endsHoldingLocks', {
            locks: [...held].map((l) => `"${l}"`).join(', ')
          })
        )
      ops += expandedOpCount(t.ops) * (t.periodic?.jobs ?? 1)
      t.coroutines?.forEach((c, ci) => {
        coroutines += 1
        checkOps(c.ops, [...tPath, 'coroutines', ci, 'ops'], new Set(), ctx)
        if (c.ops.length === 0)
          out.push(codedProblem(formatPath([...tPath, 'coroutines', ci, 'ops']), 'noOps'))
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
  partitionProblems(s, out)
  if (threads > LIMITS.maxThreads)
    out.push(
      codedProblem('processes', 'tooManyThreads', { count: threads, max: LIMITS.maxThreads })
    )
  if (coroutines > LIMITS.maxCoroutines)
    out.push(
      codedProblem('processes', 'tooManyCoroutines', {
        count: coroutines,
        max: LIMITS.maxCoroutines
      })
    )
  if (ops > LIMITS.maxExpandedOps) {
    out.push(
      codedProblem('processes', 'tooManyOps', {
        count: ops >= Number.MAX_SAFE_INTEGER ? 'more than 2^52' : ops,
        max: LIMITS.maxExpandedOps
      })
    )
  }
  return out
}

/** Partitioned edf/rm (or a realtime class on per-core queues): every periodic thread must fit on some core (sched/partition.ts). */
function partitionProblems(s: Scenario, out: Problem[]): void {
  const sched = s.scheduler
  if (sched.queues !== 'per-core') return
  const rt = sched.policy === 'edf' || sched.policy === 'rm'
  const realtime = 'realtime' in sched ? sched.realtime : undefined
  if (!rt && !realtime) return
  const policy = rt ? sched.policy : `${realtime} (realtime)`
  // A realtime class partitions first-fit (registry.ts).
  const strategy = sched.policy === 'edf' || sched.policy === 'rm' ? sched.partition : 'first-fit'
  const threads: Parameters<typeof partition>[0][number][] = []
  const paths: string[] = []
  const names: string[] = []
  s.processes.forEach((p, pi) =>
    p.threads.forEach((t, ti) => {
      if (!t.periodic || t.runtime) return
      const allowed = [p.affinity, t.affinity].filter((a): a is number[] => a !== undefined)
      threads.push({
        id: threads.length,
        period: t.periodic.period,
        wcet: cpuTicks(t.ops),
        allowed: allowed.length > 0 ? (c) => allowed.every((a) => a.includes(c)) : null
      })
      paths.push(formatPath(['processes', pi, 'threads', ti, 'periodic']))
      names.push(`${p.name}/${t.name}`)
    })
  )
  const r = partition(threads, s.machine.cores, strategy)
  if (!r.ok)
    out.push(
      codedProblem(paths[r.thread], 'partitionNoFit', {
        policy,
        thread: names[r.thread],
        utilization: r.utilization.toFixed(3),
        partition: strategy
      })
    )
}
