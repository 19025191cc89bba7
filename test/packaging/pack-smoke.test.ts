// Packaging smoke test (docs/packaging.md): electron-builder packs the built app for real, with
// a stand-in Electron binary (the real one cannot be downloaded here), into a temporary folder;
// then the app.asar's file list, the fuse wire and the installer settings are checked.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type * as Asar from '@electron/asar'
import type * as Fuses from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_ENTRY_POINTS, packLinuxDir, type PackedApp } from './pack-linux-dir'
import { STAND_IN_WIRE } from './stand-in-electron'

const require = createRequire(import.meta.url)
const asar = require('@electron/asar') as typeof Asar
const fuses = require('@electron/fuses') as typeof Fuses

const root = resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  scripts: Record<string, string>
}

let work = ''
let packing: PackedApp | Error = new Error('not packed yet')

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'schedlab-pack-'))
  // A failure here (say, out/ not built) must fail every test with its message: thrown from
  // beforeAll, vitest would report the tests as skipped.
  packing = await packLinuxDir(root, work).catch((err: unknown) =>
    err instanceof Error ? err : new Error(String(err))
  )
}, 180_000)

function packed(): PackedApp {
  if (packing instanceof Error) throw packing
  return packing
}

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Every package a runtime dependency pulls in, by name (hoisted node_modules). */
function runtimeClosure(): Set<string> {
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    const meta = JSON.parse(
      readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')
    ) as { dependencies?: Record<string, string> }
    for (const dep of Object.keys(meta.dependencies ?? {})) visit(dep)
  }
  for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep)
  return seen
}

describe('app.asar', () => {
  const files = () =>
    asar.listPackage(packed().asar, { isPack: false }).map((f) => f.replace(/\\/g, '/').slice(1))

  it('holds the built main, preload and renderer, package.json and node_modules, nothing else', () => {
    const list = files()
    for (const f of [...BUILT_ENTRY_POINTS, 'package.json']) expect(list).toContain(f)
    const topLevel = new Set(list.map((f) => f.split('/')[0]))
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json'])
    const outFolders = new Set(list.filter((f) => f.startsWith('out/')).map((f) => f.split('/')[1]))
    // out/bench (npm run bench) and out/cli (the bundled command) must not leak in.
    expect([...outFolders].sort()).toEqual(['main', 'preload', 'renderer'])
  })

  it('carries no sources: no test/, bench, sim-core/, cli, TypeScript or source maps', () => {
    const own = files().filter((f) => !f.startsWith('node_modules/'))
    const leaks = own.filter((f) =>
      /^(test|bench|sim-core|cli|main|renderer|scripts|docs|build|bin)(\/|$)/.test(f)
    )
    expect(leaks).toEqual([])
    // Dependencies ship their TypeScript too (zod: hundreds of files, 3.5 MB); nothing runs it.
    expect(files().filter((f) => /\.([cm]?tsx?|map)$/.test(f))).toEqual([])
  })

  it('holds exactly the runtime dependencies, and no dev dependency', () => {
    const packages = new Set<string>()
    for (const f of files()) {
      const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)
      if (m) packages.add(m[1])
    }
    const runtime = runtimeClosure()
    // zod is imported by out/main at run time (electron-vite leaves dependencies external).
    expect(runtime.has('zod')).toBe(true)
    expect([...packages].sort()).toEqual([...runtime].sort())
    const dev = Object.keys(pkg.devDependencies ?? {}).filter((d) => packages.has(d))
    expect(dev).toEqual([])
  })

  it("starts the app from the packed package.json's main, named schedlab", () => {
    const meta = JSON.parse(
      asar.extractFile(packed().asar, 'package.json').toString('utf8')
    ) as Record<string, unknown>
    expect(meta.main).toBe('out/main/index.js')
    expect(files()).toContain(meta.main)
    // Electron names the app (and so its userData folder, where recovery/ lives: README)
    // after productName, else name: `schedlab` packaged as in `npm start`.
    expect(meta.name).toBe('schedlab')
    expect(meta.productName).toBeUndefined()
    expect(meta.devDependencies).toBeUndefined()
  })
})

describe('fuses', () => {
  // electron-builder.yml's electronFuses, as @electron/fuses indexes them; each differs from
  // STAND_IN_WIRE (Electron's defaults), so it reads back right only if it was flipped.
  const CONFIGURED: Record<string, [index: number, on: boolean]> = {
    runAsNode: [fuses.FuseV1Options.RunAsNode, false],
    enableCookieEncryption: [fuses.FuseV1Options.EnableCookieEncryption, true],
    enableNodeOptionsEnvironmentVariable: [
      fuses.FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      false
    ],
    enableNodeCliInspectArguments: [fuses.FuseV1Options.EnableNodeCliInspectArguments, false],
    enableEmbeddedAsarIntegrityValidation: [
      fuses.FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      true
    ],
    onlyLoadAppFromAsar: [fuses.FuseV1Options.OnlyLoadAppFromAsar, true],
    grantFileProtocolExtraPrivileges: [fuses.FuseV1Options.GrantFileProtocolExtraPrivileges, false]
  }

  it('configures exactly the seven fuses of docs/packaging.md', () => {
    const configured = packed().facts.config.electronFuses ?? {}
    const expected = Object.fromEntries(Object.entries(CONFIGURED).map(([k, [, on]]) => [k, on]))
    expect(configured).toEqual(expected)
  })

  it('reads back every configured fuse from the packed executable, the others untouched', async () => {
    const wire = await fuses.getCurrentFuseWire(packed().executable)
    const state = (i: number) => String.fromCharCode(wire[i as keyof typeof wire] as number)
    for (const [name, [index, on]] of Object.entries(CONFIGURED)) {
      expect({ name, state: state(index) }).toEqual({ name, state: on ? '1' : '0' })
      expect(STAND_IN_WIRE[index]).toBe(on ? '0' : '1')
    }
    // LoadBrowserProcessSpecificV8Snapshot (6) and the ninth fuse are not configured.
    expect(state(fuses.FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe(STAND_IN_WIRE[6])
    expect(state(8)).toBe(STAND_IN_WIRE[8])
  })
})

describe('installers (resolved electron-builder configuration)', () => {
  it('targets AppImage, deb and rpm on Linux, nsis on Windows, dmg on macOS', () => {
    const { linux, win, mac } = packed().facts.config
    expect(linux?.target).toEqual(['AppImage', 'deb', 'rpm'])
    expect(win?.target).toBe('nsis')
    expect(mac?.target).toBe('dmg')
    // `npm run dist` builds for the platform it runs on: no forced --linux/--win/--mac.
    expect(pkg.scripts.dist).toMatch(/electron-builder/)
    expect(pkg.scripts.dist).not.toMatch(/--(linux|win|mac)|\s-[lwm]\b/)
  })

  it('associates .schedlab.json with its name, MIME type, role and document icons', () => {
    const { fileAssociations, buildResourcesDir } = packed().facts
    expect(fileAssociations).toEqual([
      {
        ext: 'schedlab.json',
        name: 'SchedLab scenario',
        description: 'SchedLab scenario',
        mimeType: 'application/x-schedlab-scenario+json',
        role: 'Editor',
        icon: 'scenario'
      }
    ])
    for (const f of ['scenario.icns', 'scenario.ico', 'icon.icns', 'icon.ico']) {
      expect(existsSync(join(buildResourcesDir, f)), f).toBe(true)
    }
  })

  it('writes a desktop entry with the categories, MIME type and executable', () => {
    const entry = Object.fromEntries(
      packed()
        .facts.desktopEntry.split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    )
    expect(entry).toMatchObject({
      Name: 'SchedLab',
      Exec: '/opt/SchedLab/schedlab %U',
      Icon: 'schedlab',
      Type: 'Application',
      Categories: 'Education;ComputerScience;',
      MimeType: 'application/x-schedlab-scenario+json;',
      // package.json desktopName: Electron's window class, so the dock groups the window.
      StartupWMClass: 'schedlab',
      Comment: 'A desktop laboratory for operating-system scheduling'
    })
    expect(entry.Keywords).toMatch(/scheduling/)
  })

  it('registers the MIME type for *.schedlab.json', () => {
    expect(packed().facts.mimeInfo).toContain(
      '<mime-type type="application/x-schedlab-scenario+json">'
    )
    expect(packed().facts.mimeInfo).toContain('<glob pattern="*.schedlab.json"/>')
  })

  it('finds the Linux icons in build/icons, up to 512 px, without converting anything', () => {
    const icons = packed().facts.icons
    expect(icons.map((i) => i.size)).toEqual([16, 32, 48, 64, 128, 256, 512])
    for (const i of icons) expect(i.file).toBe(join(root, 'build/icons', `${i.size}x${i.size}.png`))
  })

  it('has the metadata deb and rpm require (homepage, maintainer)', () => {
    for (const meta of [packed().facts.deb, packed().facts.rpm]) {
      expect(meta).toMatchObject({
        name: 'schedlab',
        url: 'https://schedlab.org',
        maintainer: 'SchedLab <maintainers@schedlab.org>'
      })
    }
  })
})
