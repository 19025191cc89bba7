// One method per channel; the page never sees ipcRenderer or the raw event.
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopApi } from './ipc/contract'

const api: DesktopApi = {
  openScenario: () => ipcRenderer.invoke('scenario:open'),
  saveScenario: (name, text, saveAs) => ipcRenderer.invoke('scenario:save', name, text, saveAs),
  saveExport: (name, data) => ipcRenderer.invoke('export:save', name, data)
}

contextBridge.exposeInMainWorld('schedlab', api)
