// Field builders with messages that name what was expected and what was found, so every
// problem reads like `processes[2].threads[0].ops[3].cpu: expected a positive integer, got -4`.
import { z } from 'zod'
import { forbiddenNameMessage } from './name-chars'

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
  if (Array.isArray(v)) return 'an array'
  if (v === null) return 'null'
  if (typeof v === 'object') return 'an object'
  return String(v)
}

/** The largest tick count we accept: integers stay exact in a double far beyond this. */
export const MAX_TICKS = 1_000_000_000_000

function integerIn(min: number, max: number, what: string) {
  const error = (iss: { input?: unknown }) => `expected ${what}, got ${describeValue(iss.input)}`
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error })
}

/** A duration or time in ticks: 0 allowed. */
export const ticks = () => integerIn(0, MAX_TICKS, 'a non-negative integer number of ticks')
/** A duration in ticks that must be at least 1. */
export const positiveTicks = () => integerIn(1, MAX_TICKS, 'a positive integer')
export const intRange = (min: number, max: number) =>
  integerIn(min, max, `an integer from ${min} to ${max}`)

/**
 * Arguments for `.refine()` on a name: rejects control, surrogate, noncharacter and bidi code
 * points (name-chars.ts). It aborts, so a name that starts with a tab gets this one message.
 */
export const safeNameChars = [
  (v: string) => forbiddenNameMessage(v) === null,
  {
    error: (iss: { input?: unknown }) => forbiddenNameMessage(String(iss.input)) ?? 'invalid name',
    abort: true
  }
] as const

export const name = () =>
  z
    .string({ error: (iss) => `expected a name (text), got ${describeValue(iss.input)}` })
    // An empty name is that one problem: the checks after it would call it badly formed too.
    .min(1, { error: 'expected a non-empty name', abort: true })
    .max(100, { error: 'expected a name of at most 100 characters' })
    .refine(...safeNameChars)
    .regex(/^[^/\s][^/]*$/, { error: 'a name may not contain "/" or start with a space' })

export const bool = () =>
  z.boolean({ error: (iss) => `expected true or false, got ${describeValue(iss.input)}` })

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) =>
      `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(iss.input)}`
  })

export const fraction = () =>
  z
    .number({ error: (iss) => `expected a number from 0 to 1, got ${describeValue(iss.input)}` })
    .min(0, { error: (iss) => `expected a number from 0 to 1, got ${describeValue(iss.input)}` })
    .max(1, { error: (iss) => `expected a number from 0 to 1, got ${describeValue(iss.input)}` })

export const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (iss) => `expected a list of ${what}, got ${describeValue(iss.input)}` })

export const object = <T extends z.core.$ZodLooseShape>(shape: T, what: string) =>
  z.strictObject(shape, {
    error: (iss) => `expected ${what} (an object), got ${describeValue(iss.input)}`
  })
