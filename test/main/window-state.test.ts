// The window opens where the user left it (issue 15): a stored state is checked on read; a
// position off every screen is dropped (the OS centres the window), sizes are kept sane, and a
// damaged file is ignored.
import { EventEmitter } from 'node:events'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { validWindowState, loadWindowState, rememberWindowState, MIN_WIDTH, MIN_HEIGHT } =
  await import('../../main/window-state')
const { windowOptions } = await import('../../main/window-options')

const dir = mkdtempSync(join(tmpdir(), 'window-state-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const laptop = { x: 0, y: 0, width: 1920, height: 1080 }
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1440 }

describe('window state', () => {
  it('keeps a valid state on a screen as it was', () => {
    const s = { x: 100, y: 50, width: 1400, height: 900, maximized: true }
    expect(validWindowState(s, [laptop])).toEqual(s)
    expect(validWindowState({ ...s, x: 2000 }, [laptop, rightMonitor])).toEqual({ ...s, x: 2000 })
  })

  it('drops a position that is off every screen (a monitor unplugged since)', () => {
    const s = { x: 2500, y: 100, width: 1200, height: 800, maximized: false }
    expect(validWindowState(s, [laptop])).toEqual({ width: 1200, height: 800, maximized: false })
    // Only its bottom edge on screen: the title bar cannot be grabbed.
    expect(validWindowState({ ...s, x: 100, y: -780 }, [laptop])).not.toHaveProperty('x')
    // Title bar 60 px on screen at the right edge: too little to grab (100 px needed).
    expect(validWindowState({ ...s, x: 1860, y: 10 }, [laptop])).not.toHaveProperty('x')
    expect(validWindowState({ ...s, x: 1700, y: 10 }, [laptop])).toHaveProperty('x', 1700)
  })

  it('keeps sizes between the minimum and the largest screen', () => {
    expect(validWindowState({ width: 10, height: 10, maximized: false }, [laptop])).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      maximized: false
    })
    expect(
      validWindowState({ width: 9000, height: 9000, maximized: false }, [laptop, rightMonitor])
    ).toEqual({ width: 2560, height: 1440, maximized: false })
  })

  it('ignores anything that is not a window state', () => {
    for (const bad of [
      null,
      'x',
      [],
      { width: 1000 },
      { width: 1000.5, height: 800, maximized: false },
      { width: 1000, height: 800, maximized: 'yes' },
      { width: 1e9, height: 800, maximized: false },
      { x: Number.NaN, y: 0, width: 1000, height: 800, maximized: false }
    ])
      expect(validWindowState(bad, [laptop]), JSON.stringify(bad)).toBeNull()
  })

  it('saves at every close, before the close handler returns', () => {
    const file = join(dir, 'every-close.json')
    let width = 1100
    const win = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 0, y: 0, width, height: 700 }),
      isMaximized: () => false
    })
    rememberWindowState(win as never, file)
    // The close that quits the app: the process exits right after, so the file must already be
    // written when the handler returns (nothing awaited here).
    win.emit('close')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 1100 })
    // That close was cancelled at the unsaved-changes prompt; the window was resized, closed again.
    width = 1250
    win.emit('close')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 1250 })
    expect(readdirSync(dir).filter((f) => f.startsWith('every-close'))).toEqual([
      'every-close.json'
    ])
  })

  it('reads back what it saved on close; a damaged or missing file gives the defaults', async () => {
    const file = join(dir, 'window-state.json')
    let onClose: (() => void) | undefined
    rememberWindowState(
      {
        getNormalBounds: () => ({ x: 40, y: 30, width: 1300, height: 850 }),
        isMaximized: () => true,
        on: (_: string, l: () => void) => (onClose = l)
      } as never,
      file
    )
    onClose?.()
    await vi.waitFor(() => expect(readFileSync(file, 'utf8')).toContain('1300'))
    const state = await loadWindowState(file, [laptop])
    expect(state).toEqual({ x: 40, y: 30, width: 1300, height: 850, maximized: true })
    expect(windowOptions('/p.cjs', state)).toMatchObject({ x: 40, y: 30, width: 1300, height: 850 })
    writeFileSync(file, '{"width":')
    expect(await loadWindowState(file, [laptop])).toBeNull()
    expect(await loadWindowState(join(dir, 'missing.json'), [laptop])).toBeNull()
    const defaults = windowOptions('/p.cjs', null)
    expect(defaults).toMatchObject({ width: 1280, height: 800 })
    expect(defaults).not.toHaveProperty('x')
  })
})
