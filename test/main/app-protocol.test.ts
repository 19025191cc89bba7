// The renderer's app:// protocol (issue 15): files inside the renderer folder with the CSP as a
// header; `..`, encoded separators, NUL, other hosts and other schemes refused; and the origins
// IPC and navigation trust.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { appFilePath, appResponse, CONTENT_SECURITY_POLICY, registerAppScheme } =
  await import('../../main/app-protocol')
const { devServerUrl, isTrustedUrl, originOf } = await import('../../main/origins')
const { mayNavigate } = await import('../../main/security')

const top = mkdtempSync(join(tmpdir(), 'app-protocol-'))
const root = join(top, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<p>app</p>')
writeFileSync(join(root, 'assets', 'index.js'), 'ok()')
writeFileSync(join(top, 'secret.txt'), 'do not serve')
afterAll(() => rmSync(top, { recursive: true, force: true }))

describe('app:// serves the renderer folder and nothing else', () => {
  it('serves files with their type, the CSP header and nosniff', async () => {
    const page = await appResponse(root, 'app://schedlab/')
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<p>app</p>')
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const script = await appResponse(root, 'app://schedlab/assets/index.js?v=1#x')
    expect(await script.text()).toBe('ok()')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await appResponse(root, 'app://schedlab/missing.js')).status).toBe(404)
  })

  it('names the type of every kind of file the build can hold', async () => {
    const types: Record<string, string> = {
      'a.css': 'text/css; charset=utf-8',
      'a.svg': 'image/svg+xml',
      'a.png': 'image/png',
      'a.wasm': 'application/wasm',
      'a.json': 'application/json; charset=utf-8',
      'a.mjs': 'text/javascript; charset=utf-8',
      'A.JS': 'text/javascript; charset=utf-8',
      'a.bin': 'application/octet-stream'
    }
    for (const [name, type] of Object.entries(types)) {
      writeFileSync(join(root, 'assets', name), 'x')
      const r = await appResponse(root, `app://schedlab/assets/${name}`)
      expect(r.status, name).toBe(200)
      expect(r.headers.get('content-type'), name).toBe(type)
      expect(r.headers.get('content-security-policy'), name).toBe(CONTENT_SECURITY_POLICY)
    }
    // Refusals and misses carry the policy too.
    expect(
      (await appResponse(root, 'app://schedlab/nope.js')).headers.get('content-security-policy')
    ).toBe(CONTENT_SECURITY_POLICY)
    expect(
      (await appResponse(root, 'app://schedlab/..%2fx')).headers.get('content-security-policy')
    ).toBe(CONTENT_SECURITY_POLICY)
  })

  it('refuses paths out of the folder, other hosts and other schemes', async () => {
    for (const url of [
      'app://schedlab/..%2fsecret.txt',
      'app://schedlab/assets/..%2f..%2fsecret.txt',
      'app://schedlab/%2e%2e%2fsecret.txt',
      'app://schedlab/..%5csecret.txt',
      'app://schedlab/index.html%00.js',
      'app://schedlab/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url'
    ]) {
      expect(appFilePath(root, url), url).toBeNull()
      const r = await appResponse(root, url)
      expect(r.status, url).toBe(403)
      expect(await r.text(), url).not.toContain('do not serve')
    }
    // The URL parser folds plain dot segments away: they stay inside the folder.
    expect(appFilePath(root, 'app://schedlab/../../secret.txt')).toBe(join(root, 'secret.txt'))
    expect((await appResponse(root, 'app://schedlab/../../secret.txt')).status).toBe(404)
  })

  it('the CSP: self only, no eval, no base or form targets; blob:/data: images and workers', () => {
    const d = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((part) => {
        const [name, ...values] = part.split(' ')
        return [name, values]
      })
    )
    expect(d['default-src']).toEqual(["'self'"])
    expect(d['script-src']).toEqual(["'self'"])
    expect(d['base-uri']).toEqual(["'none'"])
    expect(d['form-action']).toEqual(["'none'"])
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(d['worker-src']).toEqual(["'self'", 'blob:'])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/)
  })

  it('the page’s meta tag carries the same policy, less frame-ancestors (a meta tag cannot)', () => {
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  it('registers app: as a standard, secure scheme that neither bypasses the CSP nor CORS', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged })
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true })
      })
    ])
    const [[[{ privileges }]]] = registerSchemesAsPrivileged.mock.calls as [
      [[{ privileges: Record<string, boolean> }]]
    ]
    for (const key of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers'])
      expect(privileges[key], key).toBeFalsy()
  })
})

describe('trusted origins (IPC and navigation)', () => {
  it('trusts app://schedlab, and the dev server only when it is given', () => {
    expect(originOf('app://schedlab/index.html')).toBe('app://schedlab')
    expect(isTrustedUrl('app://schedlab/assets/x.js', undefined)).toBe(true)
    expect(isTrustedUrl('app://schedlab.evil/index.html', undefined)).toBe(false)
    expect(isTrustedUrl('file:///app/out/renderer/index.html', undefined)).toBe(false)
    expect(isTrustedUrl('file:///app/out/renderer/index.html', 'file:///app/')).toBe(false)
    expect(isTrustedUrl('http://127.0.0.1:5173/', undefined)).toBe(false)
    expect(isTrustedUrl('http://127.0.0.1:5173/', 'http://127.0.0.1:5173')).toBe(true)
    expect(isTrustedUrl('http://127.0.0.1:5173.evil.com/', 'http://127.0.0.1:5173')).toBe(false)
  })

  it('navigation stays within the page’s own trusted origin', () => {
    expect(mayNavigate('app://schedlab/index.html', 'app://schedlab/index.html#a', undefined)).toBe(
      true
    )
    expect(mayNavigate('app://schedlab/index.html', 'file:///etc/passwd', undefined)).toBe(false)
    expect(
      mayNavigate('app://schedlab/index.html', 'http://127.0.0.1:5173/', 'http://127.0.0.1:5173')
    ).toBe(false)
    expect(mayNavigate('file:///a/index.html', 'file:///a/other.html', undefined)).toBe(false)
  })

  it('honours ELECTRON_RENDERER_URL only unpackaged, and only as http(s)', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    expect(devServerUrl({ isPackaged: true }, env)).toBeUndefined()
    expect(devServerUrl({ isPackaged: false }, env)).toBe('http://localhost:5173/')
    expect(devServerUrl({ isPackaged: false }, {})).toBeUndefined()
    for (const bad of ['file:///tmp/evil.html', 'app://schedlab/', 'javascript:alert(1)', 'x'])
      expect(
        devServerUrl({ isPackaged: false }, { ELECTRON_RENDERER_URL: bad }),
        bad
      ).toBeUndefined()
  })
})
