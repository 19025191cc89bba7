// Atomic writes when things go wrong (issue 15): a failed rename, a full disk and a read-only
// target each leave the old file as it was and no temporary file; the file's mode is kept; a
// symbolic link is written through; only scenario saves keep a .bak. The failures are injected
// into node:fs/promises, since this machine's tests run as root (chmod cannot refuse a write).
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import type * as fsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

const inject = vi.hoisted(() => ({
  rename: null as Error | null,
  /** Bytes written to a temporary file before the disk is "full". */
  fullAfter: null as number | null,
  /** Creating the temporary file fails (a read-only folder for a user who is not root). */
  createTmp: null as Error | null
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>()
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (inject.rename) throw inject.rename
      return real.rename(from, to)
    },
    open: async (...args: Parameters<typeof real.open>) => {
      if (inject.createTmp && String(args[0]).endsWith('.tmp')) throw inject.createTmp
      const handle = await real.open(...args)
      const limit = inject.fullAfter
      if (limit === null || !String(args[0]).endsWith('.tmp')) return handle
      // A disk that fills up part way: some bytes land, then ENOSPC.
      const full: Pick<FileHandle, 'writeFile'> = {
        writeFile: async (data) => {
          const bytes =
            typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array)
          await handle.write(bytes.subarray(0, limit))
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC'
          })
        }
      }
      return Object.assign(handle, full)
    }
  }
})

const { atomicWrite } = await import('../../main/files/atomic-write')

const dir = mkdtempSync(join(tmpdir(), 'atomic-failures-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  inject.rename = null
  inject.fullAfter = null
  inject.createTmp = null
})

/** A fresh folder of its own holding `old.json` with `old` in it. */
function folderWithOld(mode = 0o644): { folder: string; file: string } {
  const folder = mkdtempSync(join(dir, 'case-'))
  const file = join(folder, 'old.json')
  writeFileSync(file, 'old')
  chmodSync(file, mode)
  return { folder, file }
}

describe('atomicWrite failure paths leave the old file and no temporary file', () => {
  it('the rename fails', async () => {
    const { folder, file } = folderWithOld()
    inject.rename = Object.assign(new Error('EXDEV: cross-device link not permitted'), {
      code: 'EXDEV'
    })
    await expect(atomicWrite(file, 'new')).rejects.toMatchObject({ code: 'EXDEV' })
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(folder)).toEqual(['old.json'])
  })

  it('the disk is full part way through (ENOSPC)', async () => {
    const { folder, file } = folderWithOld()
    inject.fullAfter = 3
    await expect(atomicWrite(file, 'a much longer new text')).rejects.toMatchObject({
      code: 'ENOSPC'
    })
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(folder)).toEqual(['old.json'])
  })

  it('the target is read-only (no write bit for anyone): refused, untouched', async () => {
    const { folder, file } = folderWithOld(0o444)
    await expect(atomicWrite(file, 'new', { backup: true })).rejects.toMatchObject({
      code: 'EACCES',
      message: 'old.json is read-only'
    })
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(statSync(file).mode & 0o777).toBe(0o444)
    expect(readdirSync(folder)).toEqual(['old.json'])
  })

  it('the folder is read-only: refused, the old file kept, no temporary file', async () => {
    const { folder, file } = folderWithOld()
    inject.createTmp = Object.assign(new Error('EACCES: permission denied, open'), {
      code: 'EACCES'
    })
    await expect(atomicWrite(file, 'new', { backup: true })).rejects.toMatchObject({
      code: 'EACCES'
    })
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(folder)).toEqual(['old.json'])
  })

  it('a folder at the path: refused by name, the folder untouched, no temporary file', async () => {
    const { folder } = folderWithOld()
    mkdirSync(join(folder, 'chart.png'))
    for (const backup of [false, true])
      await expect(atomicWrite(join(folder, 'chart.png'), 'new', { backup })).rejects.toMatchObject(
        { code: 'EISDIR', message: 'chart.png is a folder' }
      )
    expect(readdirSync(join(folder, 'chart.png'))).toEqual([])
    expect(readdirSync(folder).sort()).toEqual(['chart.png', 'old.json'])
  })

  it('a dangling symbolic link: the file it names is created, the link stays', async () => {
    const { folder } = folderWithOld()
    symlinkSync('made.json', join(folder, 'dangling.json'))
    await atomicWrite(join(folder, 'dangling.json'), 'made')
    expect(lstatSync(join(folder, 'dangling.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(folder, 'made.json'), 'utf8')).toBe('made')
    expect(readdirSync(folder).sort()).toEqual(['dangling.json', 'made.json', 'old.json'])
    // Into a folder that does not exist: refused, nothing left behind.
    symlinkSync('gone/x.json', join(folder, 'nowhere.json'))
    await expect(atomicWrite(join(folder, 'nowhere.json'), 'x')).rejects.toMatchObject({
      code: 'ENOENT'
    })
    expect(readdirSync(folder).sort()).toEqual([
      'dangling.json',
      'made.json',
      'nowhere.json',
      'old.json'
    ])
  })

  it('the folder is missing: nothing is created', async () => {
    const missing = join(dir, 'no-such-folder', 'x.json')
    await expect(atomicWrite(missing, 'new')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('atomicWrite keeps what the user set up', () => {
  it('keeps a private file private (0600 stays 0600), whatever the umask', async () => {
    const { file } = folderWithOld(0o600)
    await atomicWrite(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(statSync(file).mode & 0o7777).toBe(0o600)
    const wide = folderWithOld(0o664).file
    await atomicWrite(wide, 'new')
    // 0664 survives a 022 umask that a fresh file would get.
    expect(statSync(wide).mode & 0o7777).toBe(0o664)
  })

  it('writes through a symbolic link to its target; the link stays a link', async () => {
    const { folder, file } = folderWithOld(0o640)
    const link = join(folder, 'link.json')
    symlinkSync('old.json', link)
    await atomicWrite(link, 'through')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe('through')
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readdirSync(folder).sort()).toEqual(['link.json', 'old.json'])
  })

  it('keeps one .bak only when asked (scenario saves), and replaces it each time', async () => {
    const { folder, file } = folderWithOld()
    await atomicWrite(file, 'export')
    expect(readdirSync(folder)).toEqual(['old.json'])
    await atomicWrite(file, 'v2', { backup: true })
    await atomicWrite(file, 'v3', { backup: true })
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v2')
    expect(readdirSync(folder).sort()).toEqual(['old.json', 'old.json.bak'])
  })
})
