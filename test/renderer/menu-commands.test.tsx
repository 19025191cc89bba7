// The native menus (main/menu.ts) and the page's keyboard map (use-shortcuts.ts) must do the same
// thing: each menu command runs what its shortcut runs, under the same conditions.
import { fireEvent, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS, type DesktopApi, type MenuCommand } from '../../main/ipc/contract'
import { MENU_ACCELERATORS } from '../../main/menu'
import type { Commands } from '../../renderer/src/app/commands'
import { useMenuCommands } from '../../renderer/src/app/use-menu-commands'
import { useShortcuts } from '../../renderer/src/app/use-shortcuts'
import { createAppStore, type AppStore } from '../../renderer/src/store/store'

function setup(screen: 'start' | 'workbench' = 'workbench') {
  const store = createAppStore({ storage: null, locale: 'en-US', screen })
  const commands: Commands = {
    newScenario: vi.fn(),
    openScenario: vi.fn(async () => {}),
    openText: vi.fn(),
    saveScenario: vi.fn(async () => {}),
    loadPreset: vi.fn(),
    generate: vi.fn(),
    openRecent: vi.fn(),
    restoreAutosave: vi.fn(),
    discardAutosave: vi.fn(),
    run: vi.fn()
  }
  const spies = {
    ...commands,
    undo: vi.spyOn(store, 'undo'),
    redo: vi.spyOn(store, 'redo'),
    requestExport: vi.fn()
  }
  store.setState({ requestExport: spies.requestExport })

  let listener: ((command: MenuCommand) => void) | null = null
  const unsubscribe = vi.fn(() => {
    listener = null
  })
  const api: DesktopApi = {
    openScenario: vi.fn(),
    saveScenario: vi.fn(),
    saveExport: vi.fn(),
    setLanguage: vi.fn(),
    onMenuCommand: (l) => {
      listener = l
      return unsubscribe
    }
  }
  window.schedlab = api

  function Shell({ s }: { s: AppStore }) {
    useShortcuts(s, commands)
    useMenuCommands(s, commands)
    return null
  }
  const view = render(<Shell s={store} />)

  /** What was called since the last look, as [name, ...args]. */
  const taken = (): unknown[][] => {
    const calls = Object.entries(spies).flatMap(([name, spy]) =>
      vi.mocked(spy).mock.calls.map((args: unknown[]) => [name, ...args])
    )
    for (const spy of Object.values(spies)) vi.mocked(spy).mockClear()
    return calls
  }
  const menu = (command: string) => {
    listener?.(command as MenuCommand)
    return taken()
  }
  const keys = (accelerator: string) => {
    fireEvent.keyDown(window, keyboardEvent(accelerator))
    return taken()
  }
  return { store, view, unsubscribe, menu, keys, hasListener: () => listener !== null }
}

/** The key press an Electron accelerator stands for, as Linux and Windows deliver it. */
function keyboardEvent(accelerator: string): KeyboardEventInit {
  const parts = accelerator.split('+')
  const key = parts.pop() ?? ''
  const init: KeyboardEventInit = {}
  for (const modifier of parts) {
    if (modifier === 'CmdOrCtrl') init.ctrlKey = true
    else if (modifier === 'Shift') init.shiftKey = true
    else throw new Error(`modifier ${modifier} not modelled by this test`)
  }
  init.key = key.length === 1 ? (init.shiftKey ? key.toUpperCase() : key.toLowerCase()) : key
  return init
}

afterEach(() => {
  delete window.schedlab
})

describe('menu commands in the page (use-menu-commands.ts)', () => {
  it('runs the action of each command in the editor', () => {
    const { menu } = setup()
    expect(menu('new')).toEqual([['newScenario']])
    expect(menu('open')).toEqual([['openScenario']])
    expect(menu('save')).toEqual([['saveScenario', false]])
    expect(menu('save-as')).toEqual([['saveScenario', true]])
    expect(menu('export')).toEqual([['requestExport']])
    expect(menu('undo')).toEqual([['undo']])
    expect(menu('redo')).toEqual([['redo']])
    expect(menu('run')).toEqual([['run']])
  })

  it('ignores commands it does not know', () => {
    const { menu } = setup()
    for (const bogus of ['', 'quit', 'RUN', 'save as', '__proto__']) expect(menu(bogus)).toEqual([])
  })

  it('does nothing while a dialog is open; on the start page only New and Open', () => {
    const dialog = setup()
    dialog.store.setState({ dialog: { kind: 'generate' } })
    for (const command of MENU_COMMANDS) expect(dialog.menu(command)).toEqual([])
    dialog.view.unmount()

    const start = setup('start')
    const acted = MENU_COMMANDS.filter((c) => start.menu(c).length > 0)
    expect(acted).toEqual(['new', 'open'])
  })

  it('unsubscribes on unmount, and subscribes nothing in a plain web page', () => {
    const { view, unsubscribe, hasListener } = setup()
    expect(hasListener()).toBe(true)
    view.unmount()
    expect(unsubscribe).toHaveBeenCalledTimes(1)

    delete window.schedlab
    const store = createAppStore({ storage: null, locale: 'en-US' })
    function Web() {
      useMenuCommands(store, {} as Commands)
      return null
    }
    expect(() => render(<Web />).unmount()).not.toThrow()
  })
})

describe('menu accelerators agree with the keyboard map (main/menu.ts vs use-shortcuts.ts)', () => {
  const shown = Object.entries(MENU_ACCELERATORS) as [MenuCommand, string][]

  it.each(shown)(
    '%s: the key shown in the menu (%s) does what the menu item does',
    (command, acc) => {
      for (const screen of ['workbench', 'start'] as const) {
        const { menu, keys, view } = setup(screen)
        const byKey = keys(acc)
        expect(byKey).toEqual(menu(command))
        if (screen === 'workbench') expect(byKey).not.toEqual([])
        view.unmount()
      }
    }
  )

  it('every other key the page handles is a second key for a menu command', () => {
    const { keys, menu } = setup()
    const shownKeys = new Set(Object.values(MENU_ACCELERATORS))
    const candidates = [...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''), 'Enter', 'Delete']
    const aliases: Record<string, MenuCommand> = {}
    for (const key of candidates) {
      for (const shift of [false, true]) {
        const acc = `CmdOrCtrl+${shift ? 'Shift+' : ''}${key.length === 1 ? key.toUpperCase() : key}`
        const byKey = keys(acc)
        if (byKey.length === 0 || shownKeys.has(acc)) continue
        const same = MENU_COMMANDS.find((c) => JSON.stringify(menu(c)) === JSON.stringify(byKey))
        aliases[acc] = same ?? ('none' as MenuCommand)
      }
    }
    expect(aliases).toEqual({
      'CmdOrCtrl+Y': 'redo',
      'CmdOrCtrl+Shift+Y': 'redo',
      'CmdOrCtrl+Shift+Enter': 'run'
    })
  })
})
