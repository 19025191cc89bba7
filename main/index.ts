// Electron app lifecycle only; window options, guards, the app: protocol and menus live in their
// own files. Order matters (test/main/index.test.ts): the sandbox, the navigation guards and the
// app: scheme before the app is ready; permissions, the protocol handler and every IPC handler
// before the first window loads its page.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron'
import { join } from 'node:path'
import { registerAppScheme, serveApp } from './app-protocol'
import { DocumentInbox } from './documents'
import { readScenarioFile } from './files/read-scenario'
import { recoveryStore } from './files/recovery'
import { appHandlers } from './ipc/app-handlers'
import type { IncomingDocument, Language } from './ipc/contract'
import { documentHandlers } from './ipc/document-handlers'
import { fileHandlers } from './ipc/file-handlers'
import { registerIpc } from './ipc/register'
import { scenarioArgument } from './launch-files'
import { menuTemplate } from './menu'
import { MAIN_WORDS } from './menu-labels'
import { APP_ENTRY, devServerUrl } from './origins'
import { denyAllPermissions, hardenApp } from './security'
import { guardUnload } from './unload-guard'
import { windowOptions } from './window-options'
import { loadWindowState, rememberWindowState } from './window-state'

// Decided once: a packaged app ignores ELECTRON_RENDERER_URL (main/origins.ts).
const devServer = devServerUrl(app)
// The page says which language it speaks once it loads; until then, the system's.
let language: Language = 'en'
let mainWindow: BrowserWindow | null = null
/** A file named before the window exists (macOS open-file arrives before ready). */
let launchFile: string | null = null
const inbox = new DocumentInbox()
const documentPaths = new Map<number, string>()

function applyMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        dev: devServer !== undefined,
        words: MAIN_WORDS[language]
      })
    )
  )
}

/** Reads a file main was asked to open and hands it to the window's page. */
async function openInWindow(win: BrowserWindow, path: string): Promise<void> {
  const read = await readScenarioFile(path)
  const name = path.split(/[\\/]/).pop() ?? path
  const document: IncomingDocument = read.ok
    ? { kind: 'file', name: read.value.name, text: read.value.text }
    : { kind: 'unreadable', name, error: read.error }
  if (read.ok) documentPaths.set(win.webContents.id, path)
  inbox.deliver(win.webContents, document)
}

function openFile(path: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) void openInWindow(mainWindow, path)
  else launchFile = path
}

function focus(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}

// One SchedLab: a second launch hands its file to the first and quits.
const primary = app.requestSingleInstanceLock()
if (!primary) app.quit()
else start()

function start(): void {
  hardenApp(app, devServer)
  registerAppScheme(protocol)
  const recovery = recoveryStore(app.getPath('userData'))
  const windowStateFile = join(app.getPath('userData'), 'window-state.json')
  launchFile = scenarioArgument(process.argv, process.cwd(), app.isPackaged)

  app.on('second-instance', (_event, argv, cwd) => {
    // Taken even before the window exists (a second double-click while the first launch is
    // still starting): openFile keeps it for the window about to open.
    const file = scenarioArgument(argv, cwd, app.isPackaged)
    if (file) openFile(file)
    if (mainWindow && !mainWindow.isDestroyed()) focus(mainWindow)
    else if (file) ensureWindow()
  })
  // macOS: a file opened with SchedLab from the Finder or the Dock, also before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openFile(path)
    ensureWindow()
  })

  /** True once the first window is under way: from then on a file with no window opens one. */
  let started = false
  let opening: Promise<void> | null = null
  /** One window at a time, however many of activate, open-file and a launch ask together. */
  function openWindow(crashed: string[]): Promise<void> {
    opening ??= createWindow(crashed).finally(() => {
      opening = null
    })
    return opening
  }
  /** macOS runs on with no window: a file opened then needs one, or it waits unseen. */
  function ensureWindow(): void {
    if (started && !opening && (!mainWindow || mainWindow.isDestroyed())) void openWindow([])
  }

  async function createWindow(crashed: string[]): Promise<void> {
    const workAreas = screen.getAllDisplays().map((d) => d.workArea)
    const state = await loadWindowState(windowStateFile, workAreas)
    const win = new BrowserWindow(
      windowOptions(join(import.meta.dirname, '../preload/index.cjs'), state)
    )
    mainWindow = win
    const pageId = win.webContents.id
    rememberWindowState(win, windowStateFile)
    guardUnload(win, dialog, () => MAIN_WORDS[language])
    win.on('closed', () => {
      // Closed on purpose: nothing to recover from this window.
      recovery.remove(pageId)
      inbox.forget(pageId)
      documentPaths.delete(pageId)
      if (mainWindow === win) mainWindow = null
    })
    win.once('ready-to-show', () => {
      if (state?.maximized) win.maximize()
      win.show()
      if (crashed.length > 0) void offerRecovery(win, crashed)
    })
    if (launchFile) {
      void openInWindow(win, launchFile)
      launchFile = null
    }
    // A failed load (the dev server gone, a load replaced) leaves the window to the user; it
    // must not become an unhandled rejection in main.
    await win.loadURL(devServer ?? APP_ENTRY).catch((e: unknown) => {
      console.error(`SchedLab: the page did not load: ${(e as Error).message}`)
    })
  }

  async function offerRecovery(win: BrowserWindow, crashed: string[]): Promise<void> {
    const w = MAIN_WORDS[language]
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: [w.restore, w.discard],
      defaultId: 0,
      cancelId: 1,
      title: w.unsavedTitle,
      message: w.recoveredMessage,
      detail: w.recoveredDetail
    })
    // One document per window: the newest unsaved work comes back.
    const newest = crashed.at(-1)
    if (response === 0 && newest !== undefined)
      inbox.deliver(win.webContents, { kind: 'recovered', text: newest })
  }

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    serveApp(protocol, join(import.meta.dirname, '../renderer'))
    registerIpc(
      ipcMain,
      {
        ...fileHandlers({
          dialog,
          windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
          documentPaths
        }),
        ...appHandlers({
          setLanguage: (next) => {
            if (next === language) return
            language = next
            applyMenu()
          }
        }),
        ...documentHandlers({
          inbox,
          writeRecovery: (event, record) => recovery.write(event.sender.id, record)
        })
      },
      devServer
    )
    app.setAboutPanelOptions({ applicationName: 'SchedLab', applicationVersion: app.getVersion() })
    language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh' : 'en'
    applyMenu()
    // Files still in recovery/ are what a session that crashed left behind.
    const crashed = await recovery.takeCrashed()
    started = true
    await openWindow(crashed)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) ensureWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // A clean quit leaves nothing to recover.
  app.on('will-quit', () => recovery.clear())
}
