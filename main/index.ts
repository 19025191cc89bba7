// Electron app lifecycle only; window options, guards and menus live in their own files.
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { join } from 'node:path'
import { windowOptions } from './window-options'
import { denyAllPermissions, hardenApp } from './security'
import { fileHandlers } from './ipc/file-handlers'
import { registerIpc } from './ipc/register'
import { menuTemplate } from './menu'
import { guardUnload } from './unload-guard'

hardenApp(app)
registerIpc(
  ipcMain,
  fileHandlers({ dialog, windowOf: (event) => BrowserWindow.fromWebContents(event.sender) })
)

function createWindow(): void {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')))
  guardUnload(win, dialog)
  win.once('ready-to-show', () => win.show())
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'))
}

void app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession)
  app.setAboutPanelOptions({ applicationName: 'SchedLab', applicationVersion: app.getVersion() })
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ platform: process.platform, dev: Boolean(process.env.ELECTRON_RENDERER_URL) })
    )
  )
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
