// The window opens where the user left it (issue 15): size, position and maximized state are
// kept in userData/window-state.json. What is read back is checked like any input: a bad or
// edited file is ignored, a size is kept within sane bounds, and a position that would put the
// window off every screen (a monitor unplugged since) is dropped so the OS centres the window.
import type { BrowserWindow, Rectangle } from 'electron'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'

export const MIN_WIDTH = 900
export const MIN_HEIGHT = 600
const MAX_SIDE = 16_384

export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

const coordinate = z.number().int().min(-MAX_SIDE).max(MAX_SIDE)
const side = z.number().int().min(1).max(MAX_SIDE)
const stateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: side,
  height: side,
  maximized: z.boolean()
})

/** How much of the window's top edge must be on a screen for the user to grab it. */
const GRAB_WIDTH = 100
const GRAB_HEIGHT = 40

function overlap(a: Rectangle, b: Rectangle): { w: number; h: number } {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { w: Math.max(0, w), h: Math.max(0, h) }
}

/**
 * The stored state as it may be used with these screens (their work areas), or null when the
 * stored value is not a window state at all.
 */
export function validWindowState(raw: unknown, workAreas: Rectangle[]): WindowState | null {
  const parsed = stateSchema.safeParse(raw)
  if (!parsed.success) return null
  const s = parsed.data
  const widest = workAreas.reduce((m, a) => Math.max(m, a.width), MIN_WIDTH)
  const tallest = workAreas.reduce((m, a) => Math.max(m, a.height), MIN_HEIGHT)
  const width = Math.min(Math.max(s.width, MIN_WIDTH), widest)
  const height = Math.min(Math.max(s.height, MIN_HEIGHT), tallest)
  const state: WindowState = { width, height, maximized: s.maximized }
  if (s.x === undefined || s.y === undefined) return state
  const titleBar = { x: s.x, y: s.y, width, height: GRAB_HEIGHT }
  const grabbable = workAreas.some((area) => {
    const o = overlap(titleBar, area)
    return o.w >= Math.min(GRAB_WIDTH, width) && o.h >= GRAB_HEIGHT
  })
  return grabbable ? { ...state, x: s.x, y: s.y } : state
}

export async function loadWindowState(
  file: string,
  workAreas: Rectangle[]
): Promise<WindowState | null> {
  try {
    return validWindowState(JSON.parse(await readFile(file, 'utf8')) as unknown, workAreas)
  } catch {
    return null
  }
}

export function currentWindowState(
  win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>
): WindowState {
  // The normal bounds: a maximized window remembers the size it returns to.
  const { x, y, width, height } = win.getNormalBounds()
  return { x, y, width, height, maximized: win.isMaximized() }
}

/**
 * Writes the state file before returning: the close that quits the app is followed by the
 * process's exit, which does not wait for pending file operations (recovery.remove is
 * synchronous for the same reason). A temporary file renamed into place, so a crash mid-write
 * leaves the old state; a failure to write only loses the placement.
 */
function saveStateSync(file: string, state: WindowState): void {
  const tmp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, JSON.stringify(state))
    renameSync(tmp, file)
  } catch {
    rmSync(tmp, { force: true })
  }
}

/**
 * Saves the window's state at every close, not only the first: a close the user cancels at the
 * unsaved-changes prompt leaves the window open, and the close that follows must save again.
 */
export function rememberWindowState(
  win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'on'>,
  file: string
): void {
  win.on('close', () => saveStateSync(file, currentWindowState(win)))
}
