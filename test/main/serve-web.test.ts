// The web server (`npm run web`) serves its root and nothing else: not through a symbolic link
// inside the root that points out of it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { serveStatic } from '../../scripts/serve-web.mjs'

vi.mock('electron', () => ({}))
const { CONTENT_SECURITY_POLICY } = await import('../../main/app-protocol')

const top = mkdtempSync(join(tmpdir(), 'serve-web-'))
const root = join(top, 'root')
let server: Server
let url = ''

beforeAll(async () => {
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<p>app</p>')
  writeFileSync(join(root, 'assets', 'app.js'), 'ok()')
  writeFileSync(join(top, 'secret.txt'), 'do not serve')
  mkdirSync(join(top, 'outside'))
  writeFileSync(join(top, 'outside', 'index.html'), 'outside index')
  symlinkSync(join(top, 'secret.txt'), join(root, 'leak.txt'))
  symlinkSync('../../secret.txt', join(root, 'assets', 'relative-leak.txt'))
  symlinkSync(join(top, 'outside'), join(root, 'dir-leak'))
  symlinkSync('assets/app.js', join(root, 'alias.js'))
  ;({ server, url } = await serveStatic(root, 0))
})

afterAll(() => {
  server.close()
  rmSync(top, { recursive: true, force: true })
})

async function get(path: string): Promise<{ status: number; body: string }> {
  const r = await fetch(new URL(path, url))
  return { status: r.status, body: await r.text() }
}

it('serves files inside the root, and a link that stays inside it', async () => {
  expect(await get('/')).toEqual({ status: 200, body: '<p>app</p>' })
  expect(await get('/assets/app.js')).toEqual({ status: 200, body: 'ok()' })
  expect(await get('/alias.js')).toEqual({ status: 200, body: 'ok()' })
})

it('refuses a symbolic link to a file or a folder outside the root', async () => {
  for (const path of [
    '/leak.txt',
    '/assets/relative-leak.txt',
    '/dir-leak/',
    '/dir-leak/index.html'
  ]) {
    const r = await get(path)
    expect(r.status, path).toBe(403)
    expect(r.body, path).not.toContain('serve')
    expect(r.body, path).not.toContain('outside')
  }
})

it('sends the desktop app’s Content-Security-Policy, so the browser build runs under the same rules', async () => {
  const r = await fetch(new URL('/', url))
  expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
})
