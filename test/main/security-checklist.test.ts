// The items of Electron's security checklist that are decided by what main never does
// (docs/security.md): no weakened webPreferences, no experimental or Blink features, no
// shell.openExternal, no <webview>, no remote content, and an Electron pinned exactly.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { windowOptions } = await import('../../main/window-options')

const mainSources = readdirSync('main', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: join('main', f), text: readFileSync(join('main', f), 'utf8') }))

describe('Electron security checklist: what main never does', () => {
  it('the window keeps web security and turns on nothing experimental', () => {
    const prefs = windowOptions('/p.cjs').webPreferences ?? {}
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    for (const key of ['experimentalFeatures', 'enableBlinkFeatures', 'nodeIntegrationInWorker'])
      expect(prefs, key).not.toHaveProperty(key)
  })

  it('no source in main opens external links, loads remote content or weakens a window', () => {
    for (const { file, text } of mainSources) {
      expect(text, file).not.toMatch(/openExternal\(/)
      expect(text, file).not.toMatch(/enableBlinkFeatures|experimentalFeatures/)
      expect(text, file).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false/)
      expect(text, file).not.toMatch(/webSecurity:\s*false|sandbox:\s*false/)
      expect(text, file).not.toMatch(/loadURL\(\s*['"`]https?:/)
      expect(text, file).not.toMatch(/loadFile\(/)
    }
  })

  it('Electron is pinned to one exact, current major version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const version = pkg.devDependencies.electron
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45)
  })
})
