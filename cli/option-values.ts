// Turns option strings into typed values. Each failure names the option and quotes what was
// typed: `--quantum: expected a positive integer, got "x"`.
import { UsageError } from './errors'

const quote = (raw: string): string => JSON.stringify(raw)

/** A whole decimal number in [min, max]; no signs, exponents, hex or fractions. */
export function intOption(name: string, raw: string, min: number, max: number): number {
  const unbounded = max >= Number.MAX_SAFE_INTEGER
  const what =
    unbounded && min === 1
      ? 'a positive integer'
      : unbounded && min === 0
        ? 'a non-negative integer'
        : `an integer from ${min} to ${max}`
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${name}: expected ${what}, got ${quote(raw)}`)
  return n
}

export const positiveIntOption = (name: string, raw: string): number =>
  intOption(name, raw, 1, Number.MAX_SAFE_INTEGER)

/** A decimal fraction in [0, 1], e.g. `0.25`. */
export function fractionOption(name: string, raw: string): number {
  const n = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(raw) ? Number(raw) : NaN
  if (!(n >= 0 && n <= 1))
    throw new UsageError(`--${name}: expected a number from 0 to 1, got ${quote(raw)}`)
  return n
}

export function choiceOption<const T extends string>(
  name: string,
  raw: string,
  values: readonly T[]
): T {
  const found = values.find((v) => v === raw)
  if (found === undefined)
    throw new UsageError(`--${name}: expected one of ${values.join(', ')}, got ${quote(raw)}`)
  return found
}

/** A comma-separated list of distinct choices, e.g. `--policies fcfs,rr`. */
export function choiceListOption<const T extends string>(
  name: string,
  raw: string,
  values: readonly T[]
): T[] {
  const items = raw.split(',').map((s) => s.trim())
  if (items.some((s) => s === ''))
    throw new UsageError(
      `--${name}: expected a comma-separated list such as ${values.slice(0, 3).join(',')}, got ${quote(raw)}`
    )
  const out: T[] = []
  for (const item of items) {
    const v = choiceOption(name, item, values)
    if (out.includes(v)) throw new UsageError(`--${name}: ${quote(v)} is listed twice`)
    out.push(v)
  }
  return out
}
