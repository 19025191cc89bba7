// The committed icons under build/ are what scripts/make-icons.mjs draws (so they can be
// redrawn from the repository) and are files electron-builder accepts without converting them.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LINUX_SIZES, iconFiles } from '../../scripts/make-icons.mjs'

const buildDir = resolve(import.meta.dirname, '../../build')
const drawn = iconFiles()

function icon(rel: string): Buffer {
  const data = drawn.get(rel)
  if (data === undefined) throw new Error(`make-icons.mjs draws no ${rel}`)
  return data
}

function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

describe('icons', () => {
  it('are byte for byte what scripts/make-icons.mjs draws', () => {
    const stale = [...drawn].filter(
      ([rel, data]) => !readFileSync(join(buildDir, rel)).equals(data)
    )
    expect(stale.map(([rel]) => rel)).toEqual([])
  })

  it('give Linux one square PNG per size, 16 to 512 px', () => {
    for (const s of LINUX_SIZES) expect(pngSize(icon(`icons/${s}x${s}.png`))).toEqual([s, s])
    expect(LINUX_SIZES).toContain(512)
  })

  it('give Windows .ico files with a 256 px image (electron-builder refuses smaller ones)', () => {
    for (const name of ['icon.ico', 'scenario.ico']) {
      const ico = icon(name)
      expect(ico.readUInt16LE(2)).toBe(1) // an icon, not a cursor
      const count = ico.readUInt16LE(4)
      const sizes = Array.from({ length: count }, (_, i) => {
        const e = 6 + 16 * i
        const png = ico.subarray(
          ico.readUInt32LE(e + 12),
          ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8)
        )
        const [w] = pngSize(png)
        expect(ico[e] || 256).toBe(w) // the directory entry names the embedded image's size
        return w
      })
      expect(sizes).toContain(256)
    }
  })

  it('give macOS .icns files whose elements add up to the declared length', () => {
    for (const name of ['icon.icns', 'scenario.icns']) {
      const icns = icon(name)
      expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
      expect(icns.readUInt32BE(4)).toBe(icns.length)
      const types: string[] = []
      for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
        types.push(icns.subarray(at, at + 4).toString('ascii'))
        pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))
      }
      expect(types).toEqual(['icp4', 'icp5', 'ic07', 'ic08', 'ic09'])
    }
  })
})
