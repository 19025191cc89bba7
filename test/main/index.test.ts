// main/index.ts with electron mocked (issue 15): it wires the sandbox, the navigation guards and
// the app: scheme before the app is ready, and permissions, the protocol handler and every IPC
// handler before the first window loads; a packaged app ignores ELECTRON_RENDERER_URL; a second
// launch hands its file to the first window; a crashed session's autosave is offered back and a
// clean quit removes it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS } from '../../main/ipc/contract'

type Listener = (...args: unknown[]) => unknown
type Invoke = (event: unknown, ...args: unknown[]) => Promise<{ ok: boolean; value?: unknown }>

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    isPackaged: true,
    lock: true,
    userData: '',
    appListeners: new Map<string, Listener[]>(),
    ipc: new Map<string, Invoke>(),
    protocolHandler: null as null | ((request: { url: string }) => Promise<Response>),
    windows: [] as FakeWindow[],
    templates: [] as unknown[],
    messageBoxResponse: 0,
    ready: null as null | (() => void)
  }
  interface FakeWindow {
    options: Record<string, unknown>
    loaded: string[]
    listeners: Map<string, Listener[]>
    webContents: {
      id: number
      sent: unknown[][]
      send(...args: unknown[]): void
      isDestroyed(): boolean
      on(name: string, l: Listener): void
    }
    focused: number
    on(name: string, l: Listener): void
    once(name: string, l: Listener): void
    emit(name: string, ...args: unknown[]): void
  }
  const add = (map: Map<string, Listener[]>, name: string, l: Listener) =>
    map.set(name, [...(map.get(name) ?? []), l])
  class BrowserWindow {
    static getAllWindows = () => state.windows
    static fromWebContents = () => null
    options: Record<string, unknown>
    loaded: string[] = []
    listeners = new Map<string, Listener[]>()
    focused = 0
    webContents: FakeWindow['webContents']
    constructor(options: Record<string, unknown>) {
      state.log.push('new BrowserWindow')
      this.options = options
      const sent: unknown[][] = []
      this.webContents = {
        id: 40 + state.windows.length,
        sent,
        send: (...args: unknown[]) => sent.push(args),
        isDestroyed: () => false,
        on: () => undefined
      }
      state.windows.push(this as unknown as FakeWindow)
    }
    on(name: string, l: Listener) {
      add(this.listeners, name, l)
    }
    once(name: string, l: Listener) {
      add(this.listeners, name, l)
    }
    emit(name: string, ...args: unknown[]) {
      for (const l of this.listeners.get(name) ?? []) l(...args)
    }
    async loadURL(url: string) {
      state.log.push(`loadURL ${url}`)
      this.loaded.push(url)
    }
    isDestroyed = () => false
    isMinimized = () => false
    restore() {}
    show() {}
    focus() {
      this.focused++
    }
    maximize() {}
    isMaximized = () => false
    getNormalBounds = () => ({ x: 10, y: 10, width: 1000, height: 700 })
  }
  const electron = {
    app: {
      get isPackaged() {
        return state.isPackaged
      },
      requestSingleInstanceLock: () => state.lock,
      quit: () => state.log.push('quit'),
      enableSandbox: () => state.log.push('enableSandbox'),
      on: (name: string, l: Listener) => {
        state.log.push(`app.on ${name}`)
        add(state.appListeners, name, l)
      },
      whenReady: () =>
        new Promise<void>((resolve) => {
          state.ready = () => {
            state.log.push('ready')
            resolve()
          }
        }),
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      getLocale: () => 'en-US',
      setAboutPanelOptions: () => undefined
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
        state.log.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string, h: (request: { url: string }) => Promise<Response>) => {
        state.log.push(`protocol.handle ${scheme}`)
        state.protocolHandler = h
      }
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => state.log.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => state.log.push('setPermissionCheckHandler')
      }
    },
    ipcMain: {
      handle: (channel: string, h: Invoke) => {
        state.log.push(`ipc ${channel}`)
        state.ipc.set(channel, h)
      }
    },
    Menu: {
      buildFromTemplate: (t: unknown) => {
        state.templates.push(t)
        return t
      },
      setApplicationMenu: () => undefined
    },
    dialog: {
      showMessageBox: async () => ({ response: state.messageBoxResponse }),
      showMessageBoxSync: () => 1,
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true })
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]
    },
    BrowserWindow
  }
  return { state, electron }
})

vi.mock('electron', () => fake.electron)

const { state } = fake
const top = mkdtempSync(join(tmpdir(), 'main-index-'))
afterAll(() => rmSync(top, { recursive: true, force: true }))

const savedArgv = process.argv
const savedEnv = process.env.ELECTRON_RENDERER_URL

beforeEach(() => {
  vi.resetModules()
  state.log = []
  state.isPackaged = true
  state.lock = true
  state.userData = mkdtempSync(join(top, 'user-'))
  state.appListeners = new Map()
  state.ipc = new Map()
  state.protocolHandler = null
  state.windows = []
  state.templates = []
  state.messageBoxResponse = 0
  state.ready = null
  process.argv = ['/opt/SchedLab/schedlab']
})

afterEach(() => {
  process.argv = savedArgv
  if (savedEnv === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = savedEnv
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Imports main/index.ts as Electron would start it, then makes the app ready. */
async function launch(): Promise<void> {
  await import('../../main/index')
  state.log.push('-- imported')
  state.ready?.()
  // Ready reads userData (recovery, window state) before the window: wait for its load.
  await vi.waitFor(() => expect(state.log.some((l) => l.startsWith('loadURL'))).toBe(true), {
    timeout: 10_000
  })
}

const emitApp = (name: string, ...args: unknown[]) => {
  for (const l of state.appListeners.get(name) ?? []) l(...args)
}

const call = (channel: string, url: string, id = 40, ...args: unknown[]) =>
  (state.ipc.get(channel) as Invoke)({ senderFrame: { url }, sender: { id } }, ...args)

describe('main/index.ts wiring (SECURITY.md)', () => {
  it('hardens before ready and wires permissions, protocol and IPC before the first load', async () => {
    await launch()
    const at = (entry: string) => {
      const i = state.log.indexOf(entry)
      expect(i, entry).toBeGreaterThanOrEqual(0)
      return i
    }
    const imported = at('-- imported')
    expect(at('enableSandbox')).toBeLessThan(imported)
    expect(at('app.on web-contents-created')).toBeLessThan(imported)
    expect(at('registerSchemesAsPrivileged app')).toBeLessThan(imported)
    const window = at('new BrowserWindow')
    const load = at('loadURL app://schedlab/index.html')
    expect(window).toBeLessThan(load)
    for (const step of [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'protocol.handle app',
      ...INVOKE_CHANNELS.map((c) => `ipc ${c}`)
    ]) {
      expect(at(step), step).toBeGreaterThan(at('ready'))
      expect(at(step), step).toBeLessThan(window)
    }
    expect(state.windows[0].options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false }
    })
  })

  it('packaged: ignores ELECTRON_RENDERER_URL (loads app://, trusts only it, no DevTools menu)', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173/'
    state.isPackaged = true
    await launch()
    expect(state.windows[0].loaded).toEqual(['app://schedlab/index.html'])
    expect(await call('app:set-language', 'http://127.0.0.1:5173/', 40, 'en')).toMatchObject({
      ok: false
    })
    expect(await call('app:set-language', 'app://schedlab/index.html', 40, 'en')).toEqual({
      ok: true,
      value: null
    })
    expect(JSON.stringify(state.templates.at(-1))).not.toContain('toggleDevTools')
  })

  it('unpackaged: loads and trusts the dev server, with the developer menu', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173/'
    state.isPackaged = false
    process.argv = ['/usr/bin/electron', '.']
    await launch()
    expect(state.windows[0].loaded).toEqual(['http://127.0.0.1:5173/'])
    expect(await call('app:set-language', 'http://127.0.0.1:5173/x', 40, 'en')).toMatchObject({
      ok: true
    })
    expect(JSON.stringify(state.templates.at(-1))).toContain('toggleDevTools')
  })

  it('refuses IPC from a file: page and from any foreign origin', async () => {
    await launch()
    for (const url of [
      'file:///app/out/renderer/index.html',
      'file:///tmp/evil.html',
      'https://evil.example/',
      'app://evil/index.html',
      ''
    ]) {
      const r = await call('app:set-language', url, 40, 'en')
      expect(r, url).toMatchObject({ ok: false })
    }
  })

  it('every web contents refuses window.open and navigation off the app', async () => {
    await launch()
    let openHandler: (() => unknown) | undefined
    const on = new Map<string, Listener>()
    const contents = {
      getURL: () => 'app://schedlab/index.html',
      setWindowOpenHandler: (h: () => unknown) => (openHandler = h),
      on: (name: string, l: Listener) => on.set(name, l)
    }
    emitApp('web-contents-created', {}, contents)
    expect(openHandler?.()).toEqual({ action: 'deny' })
    for (const url of [
      'file:///etc/passwd',
      'https://evil.example/',
      'http://127.0.0.1:5173/',
      'app://other/index.html'
    ]) {
      const preventDefault = vi.fn()
      on.get('will-navigate')?.({ preventDefault }, url)
      expect(preventDefault, url).toHaveBeenCalledTimes(1)
      const redirect = vi.fn()
      on.get('will-redirect')?.({ preventDefault: redirect }, url)
      expect(redirect, url).toHaveBeenCalledTimes(1)
    }
    const stay = vi.fn()
    on.get('will-navigate')?.({ preventDefault: stay }, 'app://schedlab/index.html#x')
    expect(stay).not.toHaveBeenCalled()
  })

  it('serves the page over app: with the CSP header', async () => {
    await launch()
    const r = await state.protocolHandler?.({ url: 'app://schedlab/index.html' })
    expect(r?.status).toBe(200)
    expect(r?.headers.get('content-security-policy')).toMatch(/base-uri 'none'/)
  })
})

describe('launches and files', () => {
  it('a second launch quits at once when the first holds the lock', async () => {
    state.lock = false
    await import('../../main/index')
    expect(state.log).toContain('quit')
    expect(state.log).not.toContain('enableSandbox')
    expect(state.ready).toBeNull()
  })

  it('opens the file named on the command line; a second launch focuses and opens its file', async () => {
    const dir = mkdtempSync(join(top, 'files-'))
    writeFileSync(join(dir, 'first.schedlab.json'), '{"first":1}')
    writeFileSync(join(dir, 'second.schedlab.json'), '{"second":2}')
    process.argv = ['/opt/SchedLab/schedlab', join(dir, 'first.schedlab.json')]
    await launch()
    const page = 'app://schedlab/index.html'
    const win = state.windows[0]
    // As the preload does: ask for what waited, and take what is pushed after (the read may
    // finish either side of the question).
    const first = await call('document:pending', page, 40)
    await vi.waitFor(() =>
      expect([
        ...(first.value as unknown[]),
        ...win.webContents.sent.map(([, doc]) => doc)
      ]).toEqual([{ kind: 'file', name: 'first.schedlab.json', text: '{"first":1}' }])
    )
    win.webContents.sent.length = 0
    // The page listens now: the second launch's file is pushed to it.
    emitApp(
      'second-instance',
      {},
      ['/opt/SchedLab/schedlab', '--flag', 'second.schedlab.json'],
      dir
    )
    expect(win.focused).toBe(1)
    await vi.waitFor(() =>
      expect(win.webContents.sent).toEqual([
        ['document:incoming', { kind: 'file', name: 'second.schedlab.json', text: '{"second":2}' }]
      ])
    )
    // A file that cannot be read still reaches the page, with the reason.
    emitApp('open-file', { preventDefault: () => undefined }, join(dir, 'missing.schedlab.json'))
    await vi.waitFor(() =>
      expect(win.webContents.sent.at(-1)).toEqual([
        'document:incoming',
        {
          kind: 'unreadable',
          name: 'missing.schedlab.json',
          error: 'missing.schedlab.json does not exist'
        }
      ])
    )
  })

  it('a second launch while the first is still starting opens its file in the coming window', async () => {
    const dir = mkdtempSync(join(top, 'early-'))
    writeFileSync(join(dir, 'early.schedlab.json'), '{"early":1}')
    await import('../../main/index')
    // Before ready: no window yet to focus, but the file must not be dropped.
    emitApp('second-instance', {}, ['/opt/SchedLab/schedlab', 'early.schedlab.json'], dir)
    state.ready?.()
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
    const win = state.windows[0]
    const pending = await call('document:pending', 'app://schedlab/index.html', 40)
    await vi.waitFor(() =>
      expect([
        ...(pending.value as unknown[]),
        ...win.webContents.sent.map(([, doc]) => doc)
      ]).toEqual([{ kind: 'file', name: 'early.schedlab.json', text: '{"early":1}' }])
    )
  })

  it('a file opened while no window is open (macOS runs on) opens a window for it', async () => {
    const dir = mkdtempSync(join(top, 'windowless-'))
    writeFileSync(join(dir, 'later.schedlab.json'), '{"later":1}')
    await launch()
    state.windows[0].emit('closed')
    emitApp('open-file', { preventDefault: () => undefined }, join(dir, 'later.schedlab.json'))
    // Asked twice at once (the Dock's activate comes with it): still one new window.
    emitApp('open-file', { preventDefault: () => undefined }, join(dir, 'later.schedlab.json'))
    await vi.waitFor(() => expect(state.windows).toHaveLength(2))
    const win = state.windows[1]
    await vi.waitFor(() => expect(win.loaded).toEqual(['app://schedlab/index.html']))
    const pending = await call('document:pending', 'app://schedlab/index.html', win.webContents.id)
    await vi.waitFor(() =>
      expect([
        ...(pending.value as unknown[]),
        ...win.webContents.sent.map(([, doc]) => doc)
      ]).toContainEqual({ kind: 'file', name: 'later.schedlab.json', text: '{"later":1}' })
    )
    await settle()
    expect(state.windows).toHaveLength(2)
  })

  it('offers back a crashed session’s unsaved autosave; a clean quit removes recovery/', async () => {
    const recovery = join(state.userData, 'recovery')
    mkdirSync(recovery)
    const record = JSON.stringify({
      id: 'doc-1',
      draft: { name: 'lost work' },
      fileName: null,
      unsaved: true,
      at: 1
    })
    writeFileSync(join(recovery, 'window-3.json'), record)
    await launch()
    // Taken before the new window could write its own record.
    expect(existsSync(join(recovery, 'window-3.json'))).toBe(false)
    const win = state.windows[0]
    win.emit('ready-to-show')
    // The offer is answered (Restore) before the page asks for what waited for it.
    await settle()
    expect(await call('document:pending', 'app://schedlab/index.html', 40)).toEqual({
      ok: true,
      value: [{ kind: 'recovered', text: record }]
    })
    expect(await call('recovery:write', 'app://schedlab/index.html', 40, record)).toEqual({
      ok: true,
      value: null
    })
    expect(existsSync(join(recovery, 'window-40.json'))).toBe(true)
    emitApp('will-quit')
    expect(existsSync(recovery)).toBe(false)
  })

  it('Discard drops the crashed autosave', async () => {
    const recovery = join(state.userData, 'recovery')
    mkdirSync(recovery)
    writeFileSync(
      join(recovery, 'window-1.json'),
      JSON.stringify({ draft: {}, fileName: null, unsaved: true, at: 1 })
    )
    state.messageBoxResponse = 1
    await launch()
    state.windows[0].emit('ready-to-show')
    await settle()
    expect(await call('document:pending', 'app://schedlab/index.html', 40)).toEqual({
      ok: true,
      value: []
    })
  })
})
