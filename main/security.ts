import type { App, Session, WebContents } from 'electron'
import { isTrustedUrl, originOf } from './origins'

/** Only same-origin navigation is allowed; origins are compared parsed, never by prefix. */
export function isSameOrigin(current: string, target: string): boolean {
  const a = originOf(current)
  return a !== null && a === originOf(target)
}

/**
 * A page may move only within its own trusted origin (the app, or the dev server when not
 * packaged): never to file:, another scheme or a web site, and never open a window.
 */
export function mayNavigate(
  current: string,
  target: string,
  devServer: string | undefined
): boolean {
  return isTrustedUrl(target, devServer) && isSameOrigin(current, target)
}

export function guardWebContents(contents: WebContents, devServer: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!mayNavigate(contents.getURL(), url, devServer)) event.preventDefault()
  }
  contents.on('will-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function hardenApp(app: App, devServer: string | undefined): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServer))
}
