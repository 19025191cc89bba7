// The IPC contract between main and renderer: the only thing the renderer imports from main,
// and only as types. Channels are `domain:verb`.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

export interface OpenedFile {
  name: string
  text: string
}

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
}

export type InvokeChannel = keyof InvokeMap

export const INVOKE_CHANNELS = [
  'scenario:open',
  'scenario:save',
  'export:save'
] as const satisfies readonly InvokeChannel[]

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
}
