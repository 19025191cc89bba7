// The text form of issue 14's ops: send and recv (threads and coroutines alike) and the
// timeouts of lock, await and recv, as the ops editor accepts them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseOps, printOps } from '../../renderer/src/features/editor/ops-text'
import type { OpDraft } from '../../renderer/src/scenario/draft'
import { en } from '../../renderer/src/i18n/en'
import { zh } from '../../renderer/src/i18n/zh'

describe('ops text: channels and timeouts', () => {
  it('parses the forms the issue names into the scenario format', () => {
    expect(
      parseOps('send orders, recv orders timeout 5, lock m timeout 3, await 5 timeout 2')
    ).toEqual({
      ok: true,
      ops: [
        { send: 'orders' },
        { recv: 'orders', timeout: 5 },
        { lock: 'm', timeout: 3 },
        { await: 5, timeout: 2 }
      ]
    })
  })

  it('takes a timeout after an await’s device', () => {
    expect(parseOps('await 5 @disk timeout 2', 'coroutine')).toEqual({
      ok: true,
      ops: [{ await: 5, device: 'disk', timeout: 2 }]
    })
  })

  it('lets threads and coroutines both send and receive', () => {
    for (const context of ['thread', 'coroutine'] as const)
      expect(parseOps('send a, recv a', context).ok, context).toBe(true)
  })

  it('reports a timeout without its number at the number’s place', () => {
    const r = parseOps('recv orders timeout')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'expected-number', column: 20 })
  })

  it('prints what it parses: the timeout last, a name with spaces quoted', () => {
    const ops: OpDraft[] = [
      { send: 'order queue' },
      { recv: 'order queue', timeout: 4 },
      { lock: 'db', timeout: 1 },
      { await: 3, device: 'net', timeout: 2 }
    ]
    const text = printOps(ops)
    expect(text).toBe(
      'send "order queue", recv "order queue" timeout 4, lock db timeout 1, await 3 @net timeout 2'
    )
    expect(parseOps(text)).toEqual({ ok: true, ops })
  })

  it('round-trips any list of the new ops', () => {
    const name = fc.stringMatching(/^[^/\s][^/]{0,11}$/)
    const n = fc.integer({ min: 1, max: 100_000 })
    const timeout = fc.option(n, { nil: undefined })
    const op: fc.Arbitrary<OpDraft> = fc.oneof(
      name.map((send) => ({ send })),
      fc
        .tuple(name, timeout)
        .map(([recv, t]) => (t === undefined ? { recv } : { recv, timeout: t })),
      fc
        .tuple(name, timeout)
        .map(([lock, t]) => (t === undefined ? { lock } : { lock, timeout: t })),
      fc
        .tuple(n, timeout)
        .map(([a, t]) => (t === undefined ? { await: a } : { await: a, timeout: t }))
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 6 }), (list) => {
        expect(parseOps(printOps(list))).toEqual({ ok: true, ops: list })
      })
    )
  })

  it('are shown in the ops hints: examples with send, recv and a timeout, en and zh', () => {
    const example = (hint: string) => hint.replace(/^(e\.g\.|例如)\s*/, '')
    for (const dict of [en, zh]) {
      const thread = parseOps(example(dict['ops.textHint']), 'thread')
      const coroutine = parseOps(example(dict['ops.textHintCoroutine']), 'coroutine')
      if (!thread.ok || !coroutine.ok) throw new Error('a hint does not parse')
      expect(thread.ops).toEqual(
        expect.arrayContaining([{ send: 'jobs' }, { recv: 'jobs', timeout: 5 }])
      )
      expect(coroutine.ops).toEqual(
        expect.arrayContaining([
          { await: 10, device: 'disk', timeout: 20 },
          { send: 'jobs' },
          { recv: 'jobs' }
        ])
      )
      for (const word of ['send', 'recv', 'timeout', 'lock', 'await'])
        expect(dict['ops.textHintChannels']).toContain(word)
    }
  })
})
