// A tiny static server for the built renderer: the same app as the desktop window, in a browser.
import { createServer } from 'node:http'
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}
// The desktop app's policy (main/app-protocol.ts CONTENT_SECURITY_POLICY, which a plain-node
// script cannot import): the browser build runs under the same rules as the app, so a page that
// breaks under the app's policy breaks here too. test/main/serve-web.test.ts keeps the two equal.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** Serve `root` on 127.0.0.1:`port` (0 = any free port); resolves to the listening server and its URL. */
export function serveStatic(root, port) {
  const base = resolve(root)
  /** Inside `dir`, or `dir` itself: compared as paths, never with a bare startsWith. */
  const inside = (file, dir) => file === dir || file.startsWith(dir + sep)
  const server = createServer(async (req, res) => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(base, urlPath))
      if (!inside(file, base)) {
        res.writeHead(403).end('forbidden')
        return
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html')
      // A symbolic link inside the root may point anywhere: serve only what really lies inside.
      const real = await realpath(file)
      if (!inside(real, await realpath(base))) {
        res.writeHead(403).end('forbidden')
        return
      }
      const body = await readFile(real)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-cache'
      })
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address()
      const actual = typeof addr === 'object' && addr ? addr.port : port
      resolvePromise({ server, url: `http://127.0.0.1:${actual}/` })
    })
  })
}
