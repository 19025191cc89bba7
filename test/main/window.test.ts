import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { windowOptions } = await import('../../main/window-options')
const { isSameOrigin, guardWebContents, denyAllPermissions } = await import('../../main/security')

describe('main window hardening (SECURITY.md)', () => {
  it('locks down webPreferences', () => {
    const prefs = windowOptions('/x/preload.cjs').webPreferences
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs',
      nodeIntegration: false,
      contextIsolation: true,
      sandbox: true,
      webviewTag: false
    })
  })

  it('compares origins parsed, not by prefix', () => {
    expect(isSameOrigin('http://127.0.0.1:5173/', 'http://127.0.0.1:5173/x')).toBe(true)
    expect(isSameOrigin('http://127.0.0.1:5173/', 'http://127.0.0.1:5173.evil.com/')).toBe(false)
    expect(isSameOrigin('app://schedlab/index.html', 'https://example.com')).toBe(false)
    expect(isSameOrigin('not a url', 'https://example.com')).toBe(false)
  })

  it('denies new windows, foreign navigation and webviews', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }, url?: string) => void>()
    let openHandler: (() => { action: string }) | undefined
    const contents = {
      getURL: () => 'http://127.0.0.1:5173/',
      setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
      on: (name: string, h: (event: { preventDefault(): void }, url?: string) => void) =>
        handlers.set(name, h)
    }
    guardWebContents(contents as never, 'http://127.0.0.1:5173')
    expect(openHandler?.()).toEqual({ action: 'deny' })
    const prevent = vi.fn()
    handlers.get('will-navigate')?.({ preventDefault: prevent }, 'https://evil.example/')
    expect(prevent).toHaveBeenCalledTimes(1)
    handlers.get('will-navigate')?.({ preventDefault: prevent }, 'http://127.0.0.1:5173/other')
    expect(prevent).toHaveBeenCalledTimes(1)
    handlers.get('will-attach-webview')?.({ preventDefault: prevent })
    expect(prevent).toHaveBeenCalledTimes(2)
  })

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h)
    } as never)
    const cb = vi.fn()
    request?.({}, 'media', cb)
    expect(cb).toHaveBeenCalledWith(false)
    expect(check?.()).toBe(false)
  })
})
