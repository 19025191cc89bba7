// The IPC contract between main and renderer: the only thing the renderer imports from main,
// and only as types. Invoke channels are `domain:verb`, push events `domain:event`.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

export interface OpenedFile {
  name: string
  text: string
}

/**
 * A document main hands the page without the page asking: a file from the command line or the
 * OS's "open with" (or why it could not be read), or the autosave of a session that crashed,
 * which the user chose to restore.
 */
export type IncomingDocument =
  | { kind: 'file'; name: string; text: string }
  | { kind: 'unreadable'; name: string; error: string }
  | { kind: 'recovered'; text: string }

export function isIncomingDocument(value: unknown): value is IncomingDocument {
  if (value === null || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  switch (v.kind) {
    case 'file':
      return typeof v.name === 'string' && typeof v.text === 'string'
    case 'unreadable':
      return typeof v.name === 'string' && typeof v.error === 'string'
    case 'recovered':
      return typeof v.text === 'string'
    default:
      return false
  }
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
  /** The documents that arrived before the page listened (launch file, crash recovery). */
  'document:pending': { args: []; result: Result<IncomingDocument[]> }
  /** The page's autosave record (JSON), kept in userData/recovery/ until a clean quit. */
  'recovery:write': { args: [record: string]; result: Result<null> }
}

export type InvokeChannel = keyof InvokeMap

export const INVOKE_CHANNELS = [
  'scenario:open',
  'scenario:save',
  'export:save',
  'app:set-language',
  'document:pending',
  'recovery:write'
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
  'document:incoming': [document: IncomingDocument]
}

export type PushChannel = keyof PushMap

export const PUSH_CHANNELS = [
  'menu:command',
  'document:incoming'
] as const satisfies readonly PushChannel[]

/**
 * What the preload exposes as `window.schedlab`. The two document members are optional for the
 * page: it works without them (a stand-in bridge, as in the browser tests); the preload always
 * has them.
 */
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
  /**
   * Calls `listener` with each document main hands over, first those that arrived before the
   * page listened; returns the unsubscribe function.
   */
  onIncomingDocument?(listener: (document: IncomingDocument) => void): () => void
  /** Keeps the autosave record where a crash cannot lose it (userData/recovery/). */
  writeRecovery?(record: string): Promise<InvokeMap['recovery:write']['result']>
}
