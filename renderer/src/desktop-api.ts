import type { DesktopApi } from '../../main/ipc/contract'

declare global {
  interface Window {
    /** Present in the Electron window; undefined when the app runs as a plain web page. */
    schedlab?: DesktopApi
  }
}

export function desktopApi(): DesktopApi | undefined {
  return window.schedlab
}
