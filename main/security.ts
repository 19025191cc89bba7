import type { App, Session, WebContents } from 'electron'

/** Only same-origin navigation is allowed; origins are compared parsed, never by prefix. */
export function isSameOrigin(current: string, target: string): boolean {
  try {
    const a = new URL(current)
    const b = new URL(target)
    // file: URLs have an opaque "null" origin, so compare protocol and host instead.
    if (a.protocol === 'file:' || b.protocol === 'file:')
      return a.protocol === b.protocol && a.host === b.host
    return a.origin === b.origin
  } catch {
    return false
  }
}

export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isSameOrigin(contents.getURL(), url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function hardenApp(app: App): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
}
