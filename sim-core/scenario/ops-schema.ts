// Thread and coroutine operations. Each op is an object keyed by its verb; the key present in
// the input decides which branch reports problems (see problems.ts), so errors stay precise.
import { z } from 'zod'
import { list, name, object, positiveTicks, ticks } from './fields'

const yieldFlag = () =>
  z.literal(true, {
    error: (iss) => `expected true (write {"yield": true}), got ${JSON.stringify(iss.input)}`
  })
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

export const cpuOp = object({ cpu: positiveTicks() }, 'an op')
export const ioOp = object({ io: ticks(), device: name().optional() }, 'an op')
export const sleepOp = object({ sleep: ticks() }, 'an op')
export const lockOp = object({ lock: name() }, 'an op')
export const unlockOp = object({ unlock: name() }, 'an op')
export const yieldOp = object({ yield: yieldFlag() }, 'an op')
export const awaitOp = object({ await: ticks(), device: name().optional() }, 'an op')

export type ThreadOp =
  | z.infer<typeof cpuOp>
  | z.infer<typeof ioOp>
  | z.infer<typeof sleepOp>
  | z.infer<typeof lockOp>
  | z.infer<typeof unlockOp>
  | z.infer<typeof yieldOp>
  | { repeat: number; ops: ThreadOp[] }

export type CoroutineOp =
  | z.infer<typeof cpuOp>
  | z.infer<typeof awaitOp>
  | z.infer<typeof ioOp>
  | z.infer<typeof yieldOp>
  | { repeat: number; ops: CoroutineOp[] }

export const threadRepeatOp: z.ZodType<
  { repeat: number; ops: ThreadOp[] },
  { repeat: number; ops: ThreadOp[] }
> = object(
  {
    repeat: repeatCount(),
    get ops() {
      return list(threadOp, 'ops')
    }
  },
  'an op'
)

export const threadOp: z.ZodType<ThreadOp, ThreadOp> = z.union([
  cpuOp,
  ioOp,
  sleepOp,
  lockOp,
  unlockOp,
  yieldOp,
  threadRepeatOp
])

export const coroutineRepeatOp: z.ZodType<
  { repeat: number; ops: CoroutineOp[] },
  { repeat: number; ops: CoroutineOp[] }
> = object(
  {
    repeat: repeatCount(),
    get ops() {
      return list(coroutineOp, 'ops')
    }
  },
  'an op'
)

export const coroutineOp: z.ZodType<CoroutineOp, CoroutineOp> = z.union([
  cpuOp,
  awaitOp,
  ioOp,
  yieldOp,
  coroutineRepeatOp
])

/** Which union branch an op object means, by the verb key it carries (index into the unions above). */
export const THREAD_OP_VERBS = ['cpu', 'io', 'sleep', 'lock', 'unlock', 'yield', 'repeat'] as const
export const COROUTINE_OP_VERBS = ['cpu', 'await', 'io', 'yield', 'repeat'] as const
