// One method per channel; the page never sees ipcRenderer or the raw event.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  isIncomingDocument,
  isMenuCommand,
  type DesktopApi,
  type IncomingDocument
} from './ipc/contract'

// Documents main hands over are kept here until the page listens: main gives the pending ones
// out once, and the page may unsubscribe and subscribe again (React's strict mode does) before
// they arrive. Listening before asking means nothing falls between "pending" and a push.
let receiver: ((document: IncomingDocument) => void) | null = null
let askedPending = false
const undelivered: IncomingDocument[] = []
const deliver = (document: IncomingDocument): void => {
  if (receiver) receiver(document)
  else undelivered.push(document)
}

const api: Required<DesktopApi> = {
  openScenario: () => ipcRenderer.invoke('scenario:open'),
  saveScenario: (name, text, saveAs) => ipcRenderer.invoke('scenario:save', name, text, saveAs),
  saveExport: (name, data) => ipcRenderer.invoke('export:save', name, data),
  setLanguage: (language) => ipcRenderer.invoke('app:set-language', language),
  writeRecovery: (record) => ipcRenderer.invoke('recovery:write', record),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on('menu:command', forward)
    return () => {
      ipcRenderer.removeListener('menu:command', forward)
    }
  },
  onIncomingDocument: (listener) => {
    receiver = listener
    for (const document of undelivered.splice(0)) listener(document)
    if (!askedPending) {
      askedPending = true
      ipcRenderer.on('document:incoming', (_event: IpcRendererEvent, document: unknown) => {
        if (isIncomingDocument(document)) deliver(document)
      })
      void ipcRenderer.invoke('document:pending').then((r: unknown) => {
        const value = (r as { ok?: unknown; value?: unknown }).value
        if ((r as { ok?: unknown }).ok !== true || !Array.isArray(value)) return
        for (const document of value) if (isIncomingDocument(document)) deliver(document)
      })
    }
    return () => {
      if (receiver === listener) receiver = null
    }
  }
}

contextBridge.exposeInMainWorld('schedlab', api)
