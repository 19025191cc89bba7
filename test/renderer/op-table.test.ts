// The op table (sim-core/program/op-table.ts) is the one place an op kind is defined: these
// tests pin that the schema, the editor's text form and the dictionaries all follow it.
import { describe, expect, it } from 'vitest'
import { OP_TABLE, opKindsFor } from '../../sim-core/index'
import { COROUTINE_OP_VERBS, THREAD_OP_VERBS } from '../../sim-core/scenario/ops-schema'
import { en } from '../../renderer/src/i18n/en'
import { zh } from '../../renderer/src/i18n/zh'
import { parseOps, printOps } from '../../renderer/src/features/editor/ops-text'
import { convertOp } from '../../renderer/src/features/editor/op-convert'
import type { OpDraft } from '../../renderer/src/scenario/draft'
import { repairMessage } from '../../renderer/src/files/draft-shape'
import { interpretScenarioText } from '../../renderer/src/files/open-document'
import { translator } from '../../renderer/src/i18n/translate'

describe('the op table', () => {
  it('gives every op kind a label in both dictionaries', () => {
    for (const k of OP_TABLE) {
      expect(Object.hasOwn(en, k.dictionaryKey), k.verb).toBe(true)
      expect(Object.hasOwn(zh, k.dictionaryKey), k.verb).toBe(true)
    }
  })

  it('lists the verbs of threads and coroutines in the order the schema reports them', () => {
    expect(THREAD_OP_VERBS).toEqual(opKindsFor('thread').map((k) => k.verb))
    expect(COROUTINE_OP_VERBS).toEqual(opKindsFor('coroutine').map((k) => k.verb))
    // problems.ts tells the two op unions apart by their branch counts.
    expect(THREAD_OP_VERBS.length).not.toBe(COROUTINE_OP_VERBS.length)
  })

  it('prints and parses every kind through its text form', () => {
    const ops: OpDraft[] = [
      { cpu: 5 },
      { io: 10, device: 'disk' },
      { io: 3 },
      { sleep: 4 },
      { lock: 'db' },
      { unlock: 'db' },
      { yield: true },
      { await: 7, device: 'net 1' },
      { await: 9, device: 'disk', timeout: 4 },
      { lock: 'db', timeout: 2 },
      { send: 'orders' },
      { recv: 'orders' },
      { recv: 'orders', timeout: 5 },
      { repeat: 3, ops: [{ cpu: 1 }] }
    ]
    const text = printOps(ops)
    expect(text).toBe(
      'cpu 5, io 10 @disk, io 3, sleep 4, lock db, unlock db, yield, await 7 @"net 1", ' +
        'await 9 @disk timeout 4, lock db timeout 2, send orders, recv orders, recv orders timeout 5, ' +
        'repeat 3 { cpu 1 }'
    )
    expect(parseOps(text)).toEqual({ ok: true, ops })
    // Every kind of the table appears in that list, so a new kind must be added to it.
    expect(new Set(ops.map((o) => Object.keys(o)[0]))).toEqual(new Set(OP_TABLE.map((k) => k.verb)))
  })

  it('converts between kinds keeping the number, the device and the lock', () => {
    expect(convertOp({ cpu: 5 }, 'io', ['db'])).toEqual({ io: 5 })
    expect(convertOp({ io: 0, device: 'disk' }, 'await', [])).toEqual({ await: 0, device: 'disk' })
    expect(convertOp({ io: 0 }, 'cpu', [])).toEqual({ cpu: 1 })
    expect(convertOp({ lock: 'db' }, 'unlock', ['other'])).toEqual({ unlock: 'db' })
    expect(convertOp({ cpu: 5 }, 'lock', ['first'])).toEqual({ lock: 'first' })
    expect(convertOp({ cpu: 5 }, 'repeat', [])).toEqual({ repeat: 2, ops: [{ cpu: 5 }] })
    expect(convertOp({ sleep: 3 }, 'yield', [])).toEqual({ yield: true })
    expect(convertOp({ send: 'a' }, 'recv', [], ['b'])).toEqual({ recv: 'a' })
    expect(convertOp({ cpu: 1 }, 'send', [], ['b'])).toEqual({ send: 'b' })
  })

  it('parses a timeout only after the ops that take one', () => {
    expect(parseOps('recv q timeout 3, cpu 1', 'coroutine')).toEqual({
      ok: true,
      ops: [{ recv: 'q', timeout: 3 }, { cpu: 1 }]
    })
    const bad = parseOps('send q timeout 3')
    expect(bad.ok ? null : [bad.error.code, bad.error.found]).toEqual([
      'expected-separator',
      'timeout'
    ])
  })
})

describe('a file whose channels are not a list', () => {
  it('opens with channels left out, so the ops editor can list channel names', () => {
    const r = interpretScenarioText(
      JSON.stringify({
        format: 'schedlab/scenario',
        version: 1,
        name: 'x',
        machine: { cores: 1 },
        scheduler: { policy: 'fcfs' },
        channels: 5,
        processes: [{ name: 'p', threads: [{ name: 't', ops: [{ send: 'a' }] }] }]
      })
    )
    if (!r.ok) throw new Error('refused')
    expect(r.draft).not.toHaveProperty('channels')
    expect(r.repairs.map((x) => repairMessage(x, translator('en')))).toEqual([
      'channels: expected a list, got 5; left out'
    ])
  })
})
