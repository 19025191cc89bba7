import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  opsErrorMessage,
  parseOps,
  printOps,
  type OpsTextError
} from '../../renderer/src/features/editor/ops-text'
import type { OpDraft } from '../../renderer/src/scenario/draft'

const ISSUE_EXAMPLE = 'cpu 5, io 10 @disk, lock db, cpu 2, unlock db, repeat 3 { cpu 1, await 5 }'

function expectError(text: string, context: 'thread' | 'coroutine' | 'any' = 'any'): OpsTextError {
  const r = parseOps(text, context)
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(text)}`)
  return r.error
}

describe('ops text form: parsing', () => {
  it('parses the example from the issue into the scenario format', () => {
    expect(parseOps(ISSUE_EXAMPLE)).toEqual({
      ok: true,
      ops: [
        { cpu: 5 },
        { io: 10, device: 'disk' },
        { lock: 'db' },
        { cpu: 2 },
        { unlock: 'db' },
        { repeat: 3, ops: [{ cpu: 1 }, { await: 5 }] }
      ]
    })
  })

  it('prints the example back exactly as written', () => {
    const r = parseOps(ISSUE_EXAMPLE)
    expect(r.ok && printOps(r.ops)).toBe(ISSUE_EXAMPLE)
  })

  it('accepts newlines and semicolons as separators, any spacing, and a trailing comma', () => {
    expect(parseOps('cpu 1\nio 2@disk;  sleep 3 ,\n yield,')).toEqual({
      ok: true,
      ops: [{ cpu: 1 }, { io: 2, device: 'disk' }, { sleep: 3 }, { yield: true }]
    })
  })

  it('nests repeats and allows an empty text and an empty body', () => {
    expect(parseOps('')).toEqual({ ok: true, ops: [] })
    expect(parseOps('repeat 2 { repeat 3 { cpu 1 }, yield }, repeat 1 {}')).toEqual({
      ok: true,
      ops: [
        { repeat: 2, ops: [{ repeat: 3, ops: [{ cpu: 1 }] }, { yield: true }] },
        { repeat: 1, ops: [] }
      ]
    })
  })

  it('quotes names that contain spaces or separators, and reads them back', () => {
    const ops: OpDraft[] = [{ lock: 'db pool' }, { io: 4, device: 'a,b' }, { unlock: 'db pool' }]
    const text = printOps(ops)
    expect(text).toBe('lock "db pool", io 4 @"a,b", unlock "db pool"')
    expect(parseOps(text)).toEqual({ ok: true, ops })
  })

  it('leaves value ranges to the schema: negative and fractional numbers parse', () => {
    expect(parseOps('cpu -4, sleep 2.5')).toEqual({ ok: true, ops: [{ cpu: -4 }, { sleep: 2.5 }] })
  })

  it('knows which verbs a thread and a coroutine may use', () => {
    expect(parseOps('cpu 1, await 3', 'coroutine').ok).toBe(true)
    expect(parseOps('lock a, cpu 1, unlock a, sleep 2', 'thread').ok).toBe(true)
    expect(expectError('cpu 1, await 3', 'thread')).toMatchObject({
      code: 'op-not-allowed',
      verb: 'await',
      line: 1,
      column: 8
    })
    expect(expectError('cpu 1, lock a', 'coroutine')).toMatchObject({
      code: 'op-not-allowed',
      verb: 'lock',
      column: 8
    })
  })
})

describe('ops text form: errors carry their position', () => {
  const cases: [string, OpsTextError['code'], number, number, string][] = [
    ['cpu', 'expected-number', 1, 4, ''],
    ['cpu x', 'expected-number', 1, 5, 'x'],
    ['cpu 1, foo 3', 'unknown-op', 1, 8, 'foo'],
    ['cpu 1 io 2', 'expected-separator', 1, 7, 'io'],
    ['repeat 2 { cpu 1', 'unclosed-brace', 1, 17, ''],
    ['cpu 1 }', 'unexpected-close-brace', 1, 7, '}'],
    ['repeat 2 cpu 1', 'expected-open-brace', 1, 10, 'cpu'],
    ['lock', 'expected-name', 1, 5, ''],
    ['io 3 @', 'expected-name', 1, 7, ''],
    ['lock "db', 'unterminated-string', 1, 6, '"db'],
    [', {', 'expected-op', 1, 3, '{'],
    ['cpu 1,\n  io 2,\n  sleep', 'expected-number', 3, 8, '']
  ]
  it.each(cases)('%j → %s at line %i, column %i', (text, code, line, column, found) => {
    const e = expectError(text)
    expect(e).toMatchObject({ code, line, column, found })
    // The offset points at the same character as line/column.
    const lines = text.split('\n')
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
    expect(e.offset).toBe(offset)
  })

  it('explains each error in a sentence that starts with its position', () => {
    expect(opsErrorMessage(expectError('cpu 1, foo 3'))).toBe(
      'line 1, column 8: unknown op "foo"; expected one of cpu, io, sleep, lock, unlock, yield, await, send, recv, repeat'
    )
    expect(opsErrorMessage(expectError('cpu x', 'thread'))).toBe(
      'line 1, column 5: expected a number, found "x"'
    )
    expect(opsErrorMessage(expectError('await 1', 'thread'))).toMatch(
      /^line 1, column 1: "await" is a coroutine op/
    )
  })
})

// Every op list the rows editor can hold: integer values, names of any characters except "/".
const name = fc.stringMatching(/^[^/\s][^/]{0,11}$/)
const count = fc.integer({ min: -5, max: 1_000_000 })
const leaf: fc.Arbitrary<OpDraft> = fc.oneof(
  count.map((cpu) => ({ cpu })),
  fc
    .tuple(count, fc.option(name, { nil: undefined }))
    .map(([io, device]) => (device === undefined ? { io } : { io, device })),
  count.map((sleep) => ({ sleep })),
  name.map((lock) => ({ lock })),
  name.map((unlock) => ({ unlock })),
  fc.constant({ yield: true as const }),
  fc
    .tuple(count, fc.option(name, { nil: undefined }))
    .map(([n, device]) => (device === undefined ? { await: n } : { await: n, device }))
)
const ops: fc.Arbitrary<OpDraft[]> = fc.letrec<{ list: OpDraft[]; op: OpDraft }>((tie) => ({
  op: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(count, tie('list')).map(([repeat, body]) => ({ repeat, ops: body }))
  ),
  list: fc.array(tie('op'), { maxLength: 6 })
})).list

describe('ops text form: round trip with the rows', () => {
  it('parse(print(ops)) gives back the same ops', () => {
    fc.assert(
      fc.property(ops, (list) => {
        expect(parseOps(printOps(list))).toEqual({ ok: true, ops: list })
      }),
      { numRuns: 400 }
    )
  })

  it('print(parse(text)) is a fixed point: printing the parsed text again changes nothing', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const once = printOps(list)
        const r = parseOps(once)
        expect(r.ok && printOps(r.ops)).toBe(once)
      }),
      { numRuns: 200 }
    )
  })

  it('never throws on arbitrary text: it parses or reports a position inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const r = parseOps(text)
        if (!r.ok) {
          expect(r.error.offset).toBeGreaterThanOrEqual(0)
          expect(r.error.offset).toBeLessThanOrEqual(text.length)
          expect(r.error.line).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 500 }
    )
  })
})
