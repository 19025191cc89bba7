import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { menuTemplate, MENU_ACCELERATORS, sendMenuCommand } = await import('../../main/menu')
const { MENU_COMMANDS } = await import('../../main/ipc/contract')
const { MAIN_WORDS } = await import('../../main/menu-labels')

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : [])
  ])
}

/** A focused BrowserWindow as a menu click receives it. */
function fakeWindow(destroyed = false) {
  const send = vi.fn()
  return { send, win: { id: 1, webContents: { send, isDestroyed: () => destroyed } } }
}

const click = (item: MenuItemConstructorOptions, win: unknown) =>
  item.click?.({} as never, win as never, {} as never)

describe('native menus (ARCHITECTURE.md menu.ts)', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`${platform}: every command item pushes its command to the window it acted on`, () => {
      const all = items(menuTemplate({ platform, dev: false }))
      const commandItems = all.filter((i) => i.click)
      expect(commandItems).toHaveLength(MENU_COMMANDS.length)
      const sent = commandItems.map((item) => {
        const { send, win } = fakeWindow()
        click(item, win)
        expect(send).toHaveBeenCalledTimes(1)
        const [channel, command] = send.mock.calls[0]
        expect(channel).toBe('menu:command')
        return command
      })
      expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort())
    })
  }

  it('shows the page’s keys beside the items but leaves the keys to the page', () => {
    const all = items(menuTemplate({ platform: 'linux', dev: false }))
    for (const item of all.filter((i) => i.click)) {
      const { send, win } = fakeWindow()
      click(item, win)
      const command = send.mock.calls[0][1] as keyof typeof MENU_ACCELERATORS
      expect(item.accelerator).toBe(MENU_ACCELERATORS[command])
      if (item.accelerator) expect(item.registerAccelerator).toBe(false)
    }
    // UX.md "Keyboard"; use-shortcuts-vs-menu in test/renderer checks the page agrees.
    expect(MENU_ACCELERATORS).toEqual({
      open: 'CmdOrCtrl+O',
      save: 'CmdOrCtrl+S',
      'save-as': 'CmdOrCtrl+Shift+S',
      export: 'CmdOrCtrl+E',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      run: 'CmdOrCtrl+Enter'
    })
  })

  it('keeps text editing, zoom and full screen as roles; quit or close by platform', () => {
    const roles = (platform: NodeJS.Platform, dev = false) =>
      items(menuTemplate({ platform, dev })).flatMap((i) => (i.role ? [i.role] : []))
    expect(roles('linux')).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'about'])
    )
    expect(roles('linux')).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    )
    expect(roles('linux')).not.toContain('reload')
    expect(roles('linux', true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    expect(roles('darwin')).toEqual(expect.arrayContaining(['appMenu', 'close', 'windowMenu']))
    expect(roles('darwin')).not.toContain('quit')
  })

  it('sends nothing to a window without a page, a missing window or a closed page', () => {
    expect(() => sendMenuCommand(undefined, 'run')).not.toThrow()
    expect(() => sendMenuCommand({ id: 2 } as never, 'run')).not.toThrow()
    const { send, win } = fakeWindow(true)
    sendMenuCommand(win as never, 'run')
    expect(send).not.toHaveBeenCalled()
  })
})

describe('menu words', () => {
  it('label every menu and command item in the page’s language, the same items in each', () => {
    const labels = (language: 'en' | 'zh') =>
      menuTemplate({ platform: 'linux', dev: false, words: MAIN_WORDS[language] }).map((m) => [
        m.label,
        ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.label ?? i.role ?? i.type) : [])
      ])
    expect(labels('zh')[0]).toEqual([
      '文件',
      '新建场景',
      '打开…',
      'separator',
      '保存',
      '另存为…',
      '导出…',
      'separator',
      'quit'
    ])
    expect(labels('en')[0][0]).toBe('File')
    expect(labels('zh').map((m) => m.length)).toEqual(labels('en').map((m) => m.length))
    // Every word exists in both languages and differs (no English left in the Chinese menus).
    for (const key of Object.keys(MAIN_WORDS.en) as (keyof typeof MAIN_WORDS.en)[]) {
      expect(MAIN_WORDS.zh[key], key).toBeTruthy()
      if (key !== 'unsavedTitle') expect(MAIN_WORDS.zh[key], key).not.toBe(MAIN_WORDS.en[key])
    }
  })
})
