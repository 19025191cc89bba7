// One method per channel; the page never sees ipcRenderer or the raw event.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isMenuCommand, type DesktopApi } from './ipc/contract'

const api: DesktopApi = {
  openScenario: () => ipcRenderer.invoke('scenario:open'),
  saveScenario: (name, text, saveAs) => ipcRenderer.invoke('scenario:save', name, text, saveAs),
  saveExport: (name, data) => ipcRenderer.invoke('export:save', name, data),
  setLanguage: (language) => ipcRenderer.invoke('app:set-language', language),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on('menu:command', forward)
    return () => {
      ipcRenderer.removeListener('menu:command', forward)
    }
  }
}

contextBridge.exposeInMainWorld('schedlab', api)
