// Electron app lifecycle only; window options, guards and menus live in their own files.
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { join } from 'node:path'
import { windowOptions } from './window-options'
import { denyAllPermissions, hardenApp } from './security'
import { appHandlers } from './ipc/app-handlers'
import type { Language } from './ipc/contract'
import { fileHandlers } from './ipc/file-handlers'
import { registerIpc } from './ipc/register'
import { menuTemplate } from './menu'
import { MAIN_WORDS } from './menu-labels'
import { guardUnload } from './unload-guard'

// The page says which language it speaks once it loads; until then, the system's.
let language: Language = 'en'

function applyMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        dev: Boolean(process.env.ELECTRON_RENDERER_URL),
        words: MAIN_WORDS[language]
      })
    )
  )
}

hardenApp(app)
registerIpc(ipcMain, {
  ...fileHandlers({ dialog, windowOf: (event) => BrowserWindow.fromWebContents(event.sender) }),
  ...appHandlers({
    setLanguage: (next) => {
      if (next === language) return
      language = next
      applyMenu()
    }
  })
})

function createWindow(): void {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')))
  guardUnload(win, dialog, () => MAIN_WORDS[language])
  win.once('ready-to-show', () => win.show())
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'))
}

void app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession)
  app.setAboutPanelOptions({ applicationName: 'SchedLab', applicationVersion: app.getVersion() })
  language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh' : 'en'
  applyMenu()
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
