// The renderer is served from app://schedlab (SECURITY.md), not file://: a real origin that IPC
// and navigation can trust exactly, and a place to send the CSP as a response header. Requests
// resolve inside the renderer's folder only: `..`, encoded separators and NUL are refused.
import type { Protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './origins'

/**
 * The page's Content Security Policy. No 'unsafe-eval' and no inline scripts; inline styles
 * are needed by React's style props and Recharts. PNG export draws an SVG blob: into a canvas
 * (img-src blob:), the simulator runs in a module worker from the app (worker-src 'self'; blob:
 * for the dev server's worker wrapper). No remote content at all: connect-src is the app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
}

/**
 * Before the app is ready: app: is a standard, secure scheme (so it has an origin, module
 * workers and fetch work, and the CSP's 'self' means it). Not `corsEnabled`: that would let other
 * origins read app: responses, and the page's own module scripts and worker are same-origin.
 * Not `bypassCSP`, and no service workers.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
    }
  ])
}

/** The file under `root` a request names, or null when it names anything outside it. */
export function appFilePath(root: string, url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  // An encoded `..`, `\` or NUL is someone probing, not the page asking for a file.
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null
  const base = resolve(root)
  const file = resolve(join(base, path === '/' || path === '' ? 'index.html' : path))
  const rel = relative(base, file)
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null
  return file
}

const headers = (type: string): Record<string, string> => ({
  'Content-Type': type,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache'
})

/** The response to one app: request: the file with the CSP, 403 outside the root, 404 missing. */
export async function appResponse(root: string, url: string): Promise<Response> {
  const file = appFilePath(root, url)
  if (!file) return new Response('forbidden', { status: 403, headers: headers('text/plain') })
  try {
    const body = await readFile(file)
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    return new Response(new Uint8Array(body), { status: 200, headers: headers(type) })
  } catch {
    return new Response('not found', { status: 404, headers: headers('text/plain') })
  }
}

/** After ready: serve `root` (out/renderer, inside app.asar when packaged) on app:. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(root, request.url))
}
