// Electron app lifecycle only; window options and guards live in their own files.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { join } from 'node:path'
import { windowOptions } from './window-options'
import { denyAllPermissions, hardenApp } from './security'
import { fileHandlers } from './ipc/file-handlers'
import { registerIpc } from './ipc/register'

hardenApp(app)
registerIpc(
  ipcMain,
  fileHandlers({ dialog, windowOf: (event) => BrowserWindow.fromWebContents(event.sender) })
)

function createWindow(): void {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')))
  win.once('ready-to-show', () => win.show())
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'))
}

void app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
