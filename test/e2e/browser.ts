import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { serveStatic } from '../../scripts/serve-web.mjs'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser'
  ].filter((p): p is string => Boolean(p))
  const found = candidates.find((p) => existsSync(p))
  if (!found) {
    // Never pass silently without a browser: say exactly how to get one.
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
    )
  }
  return found
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000
  })
}

/** Serve the built renderer (`npm run build` writes out/renderer) on 127.0.0.1. */
export async function serveRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  const root = join(process.cwd(), 'out/renderer')
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` before the e2e tests.')
  }
  const { server, url } = await serveStatic(root, 0)
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/**
 * The built app served on 127.0.0.1 and a Chromium, for the test file that calls this at its
 * top level: both start before its tests and close after them.
 */
export function appInBrowser(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined
  let site: Awaited<ReturnType<typeof serveRenderer>> | undefined
  beforeAll(async () => {
    site = await serveRenderer()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app and the browser start in beforeAll')
    return value
  }
  return {
    get browser() {
      return started(browser)
    },
    get url() {
      return started(site).url
    }
  }
}
