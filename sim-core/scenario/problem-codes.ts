// Problems with a code and parameters, so an app can word them in its own language; the CLI
// prints the English text made from the same template. The templates use `{name}` parameters,
// like the renderer's dictionaries, whose English entries must read the same (a test checks).
import type { Problem } from './problems'

export const PROBLEM_TEXT = {
  duplicateName: 'duplicate name "{name}" (also at {other})',
  unknownDevice: 'unknown device "{name}" (declare it under "devices")',
  unknownLock: 'unknown lock "{name}" (declare it under "locks")',
  unknownChannel: 'unknown channel "{name}" (declare it under "channels")',
  lockAlreadyHeld: 'lock "{name}" is already held by this thread',
  unlockNotHeld: 'unlocks "{name}", which this thread does not hold here',
  repeatUnbalanced: 'a repeated body must release every lock it takes (and take none it releases)',
  mutexPermits: 'a mutex has exactly one permit; use "kind": "semaphore" for more',
  workerNameTaken:
    'its worker threads are named "{first}" to "{last}", but threads[{other}] is already "{taken}"',
  coreMissing: 'core {core} does not exist: the machine has cores 0 to {last}',
  affinityDisjoint:
    "no core is allowed by both this thread's affinity and its process's ({process}): the thread could never run",
  balanceNeedsPerCore: 'balancing applies to per-core run queues: set "queues": "per-core"',
  runtimeNeedsCoroutines: 'a thread with a runtime needs at least one coroutine',
  runtimeHasOps: 'a thread with a runtime runs its coroutines; give it no ops of its own',
  coroutinesNeedRuntime:
    'coroutines run only on a host thread: give this thread a runtime (event loop or M:N)',
  noOps: 'expected at least one op',
  periodicRuntime: 'a periodic thread cannot host a runtime',
  partitionNoFit:
    'partitioned {policy}: periodic thread "{thread}" (utilization {utilization}) fits on no core by {partition}',
  endsHoldingLocks: 'the thread ends holding {locks}',
  tooManyThreads: 'too many threads: {count} (at most {max})',
  tooManyCoroutines: 'too many coroutines: {count} (at most {max})',
  tooManyOps: 'the ops expand to {count} after repeats (at most {max})',
  unknownField: 'unknown field',
  requiredField: 'required field is missing'
} as const

export type ProblemCode = keyof typeof PROBLEM_TEXT
export type ProblemParams = Record<string, string | number>

/** A template with its `{name}` parameters filled in. */
export function fillTemplate(template: string, params: ProblemParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

export function codedProblem(path: string, code: ProblemCode, params?: ProblemParams): Problem {
  const p: Problem = { path, message: fillTemplate(PROBLEM_TEXT[code], params), code }
  if (params) p.params = params
  return p
}
