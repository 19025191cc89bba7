import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../main/ipc/contract'

type Forward = (event: unknown, ...args: unknown[]) => void

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Forward>>()
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: null })),
      on: vi.fn((channel: string, l: Forward) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set())
        listeners.get(channel)?.add(l)
      }),
      removeListener: vi.fn((channel: string, l: Forward) => {
        listeners.get(channel)?.delete(l)
      })
    }
  }
})

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api)
  },
  ipcRenderer: electron.ipcRenderer
}))

const emit = (channel: string, ...args: unknown[]) => {
  const rawEvent = { sender: electron.ipcRenderer, senderId: 0 }
  for (const l of electron.listeners.get(channel) ?? []) l(rawEvent, ...args)
}

let api: DesktopApi

beforeAll(async () => {
  await import('../../main/preload')
  api = electron.exposed.get('schedlab') as DesktopApi
})

describe('preload (SECURITY.md IPC)', () => {
  it('exposes one method per channel as window.schedlab', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'onIncomingDocument',
        'onMenuCommand',
        'openScenario',
        'saveExport',
        'saveScenario',
        'setLanguage',
        'writeRecovery'
      ].sort()
    )
  })

  it('tells main the page’s language on its own channel', async () => {
    await api.setLanguage('zh')
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('app:set-language', 'zh')
  })

  it('passes menu commands on without the IPC event, and only known ones', () => {
    const listener = vi.fn()
    const unsubscribe = api.onMenuCommand(listener)
    emit('menu:command', 'save-as')
    emit('menu:command', 'rm -rf')
    emit('menu:command', { toString: () => 'run' })
    emit('menu:command')
    expect(listener.mock.calls).toEqual([['save-as']])

    unsubscribe()
    const [, forward] = electron.ipcRenderer.on.mock.calls[0]
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward)
    emit('menu:command', 'run')
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('preload: documents main hands over', () => {
  it('keeps them for a page that subscribes again, once each, and drops malformed ones', async () => {
    const launched = { kind: 'file', name: 'a.schedlab.json', text: '{}' }
    let answer: (value: unknown) => void = () => undefined
    electron.ipcRenderer.invoke.mockImplementationOnce(
      () => new Promise((resolve) => (answer = resolve)) as never
    )
    const first = vi.fn()
    const stop = api.onIncomingDocument?.(first)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('document:pending')
    // React's strict mode: unsubscribed before main answered, then subscribed again.
    stop?.()
    const second = vi.fn()
    api.onIncomingDocument?.(second)
    answer({ ok: true, value: [launched, { kind: 'file', name: 1 }, 'junk'] })
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1))
    expect(second).toHaveBeenCalledWith(launched)
    expect(first).not.toHaveBeenCalled()
    // Asked once only: main hands the pending documents out once.
    expect(
      electron.ipcRenderer.invoke.mock.calls.filter((c: unknown[]) => c[0] === 'document:pending')
    ).toHaveLength(1)
    emit('document:incoming', {
      kind: 'unreadable',
      name: 'b.json',
      error: 'b.json does not exist'
    })
    emit('document:incoming', { kind: 'recovered' })
    expect(second.mock.calls.slice(1)).toEqual([
      [{ kind: 'unreadable', name: 'b.json', error: 'b.json does not exist' }]
    ])
  })
})
