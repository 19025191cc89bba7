import type { BrowserWindowConstructorOptions } from 'electron'
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state'

/**
 * The locked-down window of SECURITY.md: no Node in the page, isolated and sandboxed; placed
 * where the user left it when a checked window state is given.
 */
export function windowOptions(
  preloadPath: string,
  state?: WindowState | null
): BrowserWindowConstructorOptions {
  return {
    width: state?.width ?? 1280,
    height: state?.height ?? 800,
    ...(state?.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'SchedLab',
    show: false,
    webPreferences: {
      preload: preloadPath,
      nodeIntegration: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  }
}
