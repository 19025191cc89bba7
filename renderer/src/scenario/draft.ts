// The editable scenario ("draft"): the JSON document exactly as the user will save it. While the
// user types it may be invalid; sim-core's validateScenario says what is wrong, and nothing here
// second-guesses it. The types follow ScenarioInput, except that ops (typed `unknown` in the
// schema's input type because the op unions are recursive) get a concrete shape.
import { opKindOf, opKindsFor, type ScenarioInput } from '../../../sim-core/index'

/** One op as written in a file; thread and coroutine ops share verbs, the schema says which fit where. */
export type OpDraft =
  | { cpu: number }
  | { io: number; device?: string }
  | { sleep: number }
  | { lock: string; timeout?: number }
  | { unlock: string }
  | { yield: true }
  | { await: number; device?: string; timeout?: number }
  | { send: string }
  | { recv: string; timeout?: number }
  | { call: string }
  | { repeat: number; ops: OpDraft[] }

/** An op kind's verb (sim-core's op table: program/op-table.ts). */
export type OpVerb = string

/**
 * The list a component shows when the draft has none. Selectors must return it instead of a
 * fresh `[]`: zustand compares snapshots by identity, and a new array on every read re-renders
 * forever (React error #185).
 */
export const NO_ITEMS: readonly never[] = Object.freeze([])

/** Which verbs a thread's own ops and a coroutine's ops may use: the op table's (SCENARIO.md, "Ops"). */
export const THREAD_VERBS: readonly OpVerb[] = opKindsFor('thread').map((k) => k.verb)
export const COROUTINE_VERBS: readonly OpVerb[] = opKindsFor('coroutine').map((k) => k.verb)

export type OpContext = 'thread' | 'coroutine'

export function verbsFor(context: OpContext): readonly OpVerb[] {
  return context === 'thread' ? THREAD_VERBS : COROUTINE_VERBS
}

type InputProcess = ScenarioInput['processes'][number]
type InputThread = InputProcess['threads'][number]
type InputCoroutine = NonNullable<InputThread['coroutines']>[number]

export type CoroutineDraft = Omit<InputCoroutine, 'ops'> & { ops: OpDraft[] }
export type ThreadDraft = Omit<InputThread, 'ops' | 'coroutines'> & {
  ops?: OpDraft[]
  coroutines?: CoroutineDraft[]
}
export type ProcessDraft = Omit<InputProcess, 'threads'> & { threads: ThreadDraft[] }
type InputService = NonNullable<ScenarioInput['services']>[number]
/** A cluster service (SCENARIO.md §2b); its handler's ops are thread ops, shaped like the others. */
export type ServiceDraft = Omit<InputService, 'handler'> & {
  handler: Omit<InputService['handler'], 'ops'> & { ops: OpDraft[] }
}
export type Draft = Omit<ScenarioInput, 'processes' | 'services'> & {
  processes: ProcessDraft[]
  services?: ServiceDraft[]
}

export type SchedulerDraft = Draft['scheduler']
export type DeviceDraft = NonNullable<Draft['devices']>[number]
export type LockDraft = NonNullable<Draft['locks']>[number]
export type PolicyName = SchedulerDraft['policy']

/** The verb an op object carries (its first verb key), or null for something that is not an op. */
export function opVerb(op: unknown): OpVerb | null {
  return opKindOf(op)?.verb ?? null
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/**
 * True when a value has the skeleton the editor walks (objects and lists where it expects
 * them). Used only for autosaved drafts, which may be invalid scenarios but must not crash the
 * editor; files are checked by validateScenario instead.
 */
export function hasDraftShape(v: unknown): v is Draft {
  if (!isObject(v) || !isObject(v.machine) || !isObject(v.scheduler)) return false
  if (typeof v.scheduler.policy !== 'string' || !Array.isArray(v.processes)) return false
  if (v.devices !== undefined && !Array.isArray(v.devices)) return false
  if (v.locks !== undefined && !Array.isArray(v.locks)) return false
  if (v.channels !== undefined && !Array.isArray(v.channels)) return false
  // A cluster's lists (SCENARIO.md §2b): lists of objects where present.
  const objects = (x: unknown): boolean =>
    x === undefined || (Array.isArray(x) && x.every((o) => isObject(o)))
  if (![v.nodes, v.services, v.requests, v.faults].every(objects)) return false
  if (v.network !== undefined && (!isObject(v.network) || !objects(v.network.links))) return false
  const opsOk = (ops: unknown): boolean =>
    ops === undefined ||
    (Array.isArray(ops) && ops.every((o) => isObject(o) && (!('ops' in o) || opsOk(o.ops))))
  const servicesOk =
    v.services === undefined ||
    (v.services as Record<string, unknown>[]).every(
      (sv) => sv.handler === undefined || (isObject(sv.handler) && opsOk(sv.handler.ops))
    )
  if (!servicesOk) return false
  return v.processes.every(
    (p) =>
      isObject(p) &&
      Array.isArray(p.threads) &&
      p.threads.every(
        (t) =>
          isObject(t) &&
          opsOk(t.ops) &&
          (t.coroutines === undefined ||
            (Array.isArray(t.coroutines) &&
              t.coroutines.every((c) => isObject(c) && Array.isArray(c.ops) && opsOk(c.ops))))
      )
  )
}

/**
 * A draft value as text to show. A file opened with problems may hold any JSON value where the
 * schema wants a name or a number (`"name": {"en": "web"}`), and React cannot draw an object.
 */
export function shownValue(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (typeof v === 'string') return v
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}
