// What one op kind must say about itself: the one place an op is defined (ARCHITECTURE.md,
// "Program"). The schema, the compiler, the validator, both interpreters (thread and coroutine),
// the ops editor's text form, the trace and the dictionaries all read the table built from these
// descriptors (op-table.ts) instead of repeating the op list.
import type { z } from 'zod'
import type { BlockKindCode } from '../trace/trace-store'
import type { ProblemCode, ProblemParams } from '../scenario/problem-codes'
import type { ThreadStepHost, CoroutineStepHost } from './op-step'
import type { Coroutine } from '../runtime/coroutine'

/** An op as written in a scenario, read by field name (the schema has already checked its shape). */
export type OpObject = Readonly<Record<string, unknown>>

/** Where an op may stand. */
export type OpContext = 'thread' | 'coroutine'

/** Names the compiler turns into indices (declared devices, locks, channels). */
export interface OpNames {
  device(name: string): number
  lock(name: string): number
  /** Absent where no op names a channel (programs compiled outside a scenario). */
  channel?(name: string): number
}

/** What a name field refers to: which declared list it must come from. */
export type NameRef = 'device' | 'lock' | 'channel'

/**
 * One piece of an op's text form, in order after the verb:
 * - `number`: a positional number (`cpu 5`);
 * - `name`: a positional name (`lock db`), of a declared `ref`;
 * - `at`: an optional `@name` (`io 10 @disk`);
 * - `keyword`: an optional `keyword n` (`recv orders timeout 5`);
 * - `true`: nothing in the text, the field is `true` (`yield`);
 * - `block`: `{ ops }` (repeat's body).
 */
export type TextArg =
  | { kind: 'number'; field: string; min: number }
  | { kind: 'name'; field: string; ref: NameRef }
  | { kind: 'at'; field: string; ref: NameRef }
  | { kind: 'keyword'; field: string; keyword: string; min: number }
  | { kind: 'true'; field: string }
  | { kind: 'block'; field: string }

/** A compiled op's numbers (program.ts: ARG, REF and, for ops other than repeat, BODY; -1 when absent). */
export type Compiled = readonly [arg: number, ref: number, extra?: number]

/** What the validator gives an op's check: declared names, locks held so far, and where to report. */
export interface OpCheck {
  readonly devices: ReadonlySet<string>
  readonly locks: ReadonlySet<string>
  readonly channels: ReadonlySet<string>
  /** Locks held at this op (threads only; coroutines hold none). */
  readonly held: Set<string>
  report(field: string, code: ProblemCode, params?: ProblemParams): void
}

/**
 * Result of a thread step: `Step.done` (the op finished in zero time: go on), `Step.yield` (go
 * on, but pass through the run queue before the next cpu op), or a NextCode (0..3) to return.
 */
export const Step = { done: -1, yield: -2 } as const

/** Result of a coroutine step. */
export const CoStep = {
  /** The op finished in zero time: go on to the next one. */
  done: -1,
  /** The coroutine no longer needs its host now (it suspended or finished). */
  suspend: 0,
  /** It needs its host now (a cpu op or a blocking call is pending). */
  host: 1
} as const
export type CoStepCode = (typeof CoStep)[keyof typeof CoStep]

export interface OpKind {
  /** The JSON key that names the op and its verb in the text form. */
  readonly verb: string
  /** Its code in the compiled program (program.ts). */
  readonly code: number
  /** Its position in a thread's / a coroutine's verb list; absent: not allowed there. */
  readonly where: { readonly thread?: number; readonly coroutine?: number }
  /** The op object's schema; null for `repeat`, whose recursive schema ops-schema.ts builds. */
  readonly schema: z.ZodType | null
  /** The text form after the verb. */
  readonly text: readonly TextArg[]
  /** The trace's block kind while a thread waits in this op (null: it never waits in it). */
  readonly block: BlockKindCode | null
  /** The renderer's dictionary key for the verb's label. */
  readonly dictionaryKey: string
  /** A thread runs it on a core (it waits in the run queue first); false for cpu and yield. */
  readonly needsCore: boolean
  /** In a CPU-burst look-ahead (burstAhead): adds its ticks, is passed over, or ends the burst. */
  readonly burst: 'adds' | 'passes' | 'ends'
  compile(op: OpObject, names: OpNames): Compiled
  /** Checks the schema cannot express (names declared, locks balanced), reported at the op's fields. */
  check?(op: OpObject, ctx: OpCheck): void
  /** Runs the op for a thread (absent for coroutine-only ops). */
  thread?(h: ThreadStepHost, id: number, slot: number, onCpu: boolean): number
  /** Runs the op for a coroutine; `running`: the coroutine holds its host now. */
  coroutine?(h: CoroutineStepHost, co: Coroutine, slot: number, running: boolean): CoStepCode
}

/** A field read as a number (the schema guarantees it). */
export function numberField(op: OpObject, field: string): number {
  return op[field] as number
}

/** A field read as a name, or undefined when absent. */
export function nameField(op: OpObject, field: string): string | undefined {
  const v = op[field]
  return typeof v === 'string' ? v : undefined
}
