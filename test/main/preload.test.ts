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
