// Thread and coroutine operations. Each op is an object keyed by its verb; the key present in
// the input decides which branch reports problems (see problems.ts), so errors stay precise.
// The op kinds and their schemas come from the op table (program/op-table.ts); only `repeat`,
// whose body is recursive, is built here.
import { z } from 'zod'
import { kindsFor } from '../program/op-table'
import type { OpContext } from '../program/op-kind'
import { list, object } from './fields'

export {
  awaitOp,
  callOp,
  cpuOp,
  ioOp,
  lockOp,
  recvOp,
  sendOp,
  sleepOp,
  unlockOp,
  yieldOp
} from '../program/op-table'
import type * as Ops from '../program/op-table'

const repeatCount = () =>
  z
    .number({
      error: (iss) => `expected a positive integer repeat count, got ${String(iss.input)}`
    })
    .int({ error: (iss) => `expected a positive integer repeat count, got ${String(iss.input)}` })
    .min(1, {
      error: (iss) => `expected a positive integer repeat count, got ${String(iss.input)}`
    })
    .max(1_000_000_000_000, { error: 'expected a repeat count of at most 10^12' })

/** The op objects the table's schemas (named `<verb>Op`) accept. */
type OpOf<K extends keyof typeof Ops & `${string}Op`> = z.infer<(typeof Ops)[K]>

export type ThreadOp =
  | OpOf<
      | 'cpuOp'
      | 'ioOp'
      | 'sleepOp'
      | 'lockOp'
      | 'unlockOp'
      | 'yieldOp'
      | 'sendOp'
      | 'recvOp'
      | 'callOp'
    >
  | { repeat: number; ops: ThreadOp[] }

export type CoroutineOp =
  | OpOf<'cpuOp' | 'awaitOp' | 'ioOp' | 'yieldOp' | 'sendOp' | 'recvOp'>
  | { repeat: number; ops: CoroutineOp[] }

type RepeatSchema<Op> = z.ZodType<{ repeat: number; ops: Op[] }, { repeat: number; ops: Op[] }>

/** `repeat`: a count and a body of the context's ops (`body` is read late: the schemas recurse). */
function repeatOp<Op>(body: () => z.ZodType<Op, Op>): RepeatSchema<Op> {
  return object(
    {
      repeat: repeatCount(),
      get ops() {
        return list(body(), 'ops')
      }
    },
    'an op'
  )
}

/** The union of a context's op schemas, in the table's order for that context (repeat included). */
function opUnion<T>(context: OpContext, repeat: z.ZodType<T, T>): z.ZodType<T, T> {
  const branches = kindsFor(context).map((k) => k.schema ?? repeat)
  return z.union(branches as [z.ZodType, z.ZodType, ...z.ZodType[]]) as unknown as z.ZodType<T, T>
}

export const threadRepeatOp: RepeatSchema<ThreadOp> = repeatOp(() => threadOp)

export const threadOp: z.ZodType<ThreadOp, ThreadOp> = opUnion<ThreadOp>('thread', threadRepeatOp)

export const coroutineRepeatOp: RepeatSchema<CoroutineOp> = repeatOp(() => coroutineOp)

export const coroutineOp: z.ZodType<CoroutineOp, CoroutineOp> = opUnion<CoroutineOp>(
  'coroutine',
  coroutineRepeatOp
)

/** Which union branch an op object means, by the verb key it carries (index into the unions above). */
export const THREAD_OP_VERBS: readonly string[] = kindsFor('thread').map((k) => k.verb)
export const COROUTINE_OP_VERBS: readonly string[] = kindsFor('coroutine').map((k) => k.verb)
