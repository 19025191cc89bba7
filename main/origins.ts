// Which pages main trusts (SECURITY.md): exactly the app's own origin, app://schedlab, and the
// dev server only in an unpackaged run. IPC senders and navigation are both checked here, so the
// two can never disagree. A file: page is never trusted: any local HTML the window reached would
// otherwise get window.schedlab.
import type { App } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'schedlab'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** What the window loads in the packaged (and built) app. */
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/**
 * `scheme://host[:port]` of a URL main may trust, or null. Node's URL gives a custom scheme the
 * opaque origin "null", so app: is spelled out; only http(s) otherwise (the dev server).
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    if (u.protocol === `${APP_SCHEME}:`) return u.host ? `${APP_SCHEME}://${u.host}` : null
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin
    return null
  } catch {
    return null
  }
}

/** The app's page, or the dev server's when one is given (devServerUrl() decides that). */
export function isTrustedUrl(url: string, devServer: string | undefined): boolean {
  const origin = originOf(url)
  if (origin === null) return false
  if (origin === APP_ORIGIN) return true
  return devServer !== undefined && origin === originOf(devServer)
}

/**
 * The dev server electron-vite announces in ELECTRON_RENDERER_URL, honoured only when the app is
 * not packaged: in an installed app the variable would make it load, trust and open DevTools for
 * any URL. Only an http(s) URL counts.
 */
export function devServerUrl(
  app: Pick<App, 'isPackaged'>,
  env: Record<string, string | undefined> = process.env
): string | undefined {
  if (app.isPackaged) return undefined
  const raw = env.ELECTRON_RENDERER_URL
  if (!raw) return undefined
  const origin = originOf(raw)
  return origin !== null && !origin.startsWith(`${APP_SCHEME}:`) ? raw : undefined
}
