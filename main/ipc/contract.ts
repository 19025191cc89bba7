// The IPC contract between main and renderer: the only thing the renderer imports from main,
// and only as types. Invoke channels are `domain:verb`, push events `domain:event`.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

export interface OpenedFile {
  name: string
  text: string
}

/** The languages the page speaks (renderer/src/i18n); main labels its menus in the same one. */
export const LANGUAGES = ['en', 'zh'] as const
export type Language = (typeof LANGUAGES)[number]

export interface InvokeMap {
  'scenario:open': { args: []; result: Result<OpenedFile | null> }
  'scenario:save': {
    args: [suggestedName: string, text: string, saveAs: boolean]
    result: Result<string | null>
  }
  'export:save': {
    args: [suggestedName: string, data: string | Uint8Array]
    result: Result<string | null>
  }
  'app:set-language': { args: [language: Language]; result: Result<null> }
}

export type InvokeChannel = keyof InvokeMap

export const INVOKE_CHANNELS = [
  'scenario:open',
  'scenario:save',
  'export:save',
  'app:set-language'
] as const satisfies readonly InvokeChannel[]

/** What the native menus ask the page to do: a closed list; the preload drops anything else. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'export',
  'undo',
  'redo',
  'run'
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value)
}

/** Events main pushes to the page: channel → arguments. */
export interface PushMap {
  'menu:command': [command: MenuCommand]
}

export type PushChannel = keyof PushMap

export const PUSH_CHANNELS = ['menu:command'] as const satisfies readonly PushChannel[]

/** What the preload exposes as `window.schedlab`. */
export interface DesktopApi {
  openScenario(): Promise<InvokeMap['scenario:open']['result']>
  saveScenario(
    suggestedName: string,
    text: string,
    saveAs: boolean
  ): Promise<InvokeMap['scenario:save']['result']>
  saveExport(
    suggestedName: string,
    data: string | Uint8Array
  ): Promise<InvokeMap['export:save']['result']>
  /** The page's language, for the native menus and dialogs. */
  setLanguage(language: Language): Promise<InvokeMap['app:set-language']['result']>
  /** Calls `listener` with each native menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
