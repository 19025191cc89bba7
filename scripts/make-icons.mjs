// `node scripts/make-icons.mjs [OUT_DIR]`: draw SchedLab's icons and write them to OUT_DIR
// (default build/, electron-builder's build-resources folder). The icons are drawn here rather
// than exported from a design tool so that they rebuild from the repository alone, with no
// network and no image library: shapes are filled with 4×4 supersampling and encoded as PNG
// with node:zlib; the Windows .ico and macOS .icns files embed those PNGs.
//
// What it writes (all committed; test/packaging/icons.test.ts checks they match this script):
//   icons/NxN.png        the app icon for Linux (AppImage, deb, rpm pick the sizes up)
//   icon.ico, icon.icns  the app icon for Windows (nsis) and macOS (dmg)
//   scenario.ico/.icns   the document icon of `.schedlab.json` files on Windows and macOS
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512]
const ICO_SIZES = [16, 32, 48, 64, 128, 256]
// icns element types holding PNG data, by pixel size (Apple's icns format).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512]
]

const BACKGROUND = [30, 41, 59, 255] // slate
const PAGE = [241, 245, 249, 255]
const FOLD = [203, 213, 225, 255]
const LANE = [51, 65, 85, 255]
const BLUE = [56, 189, 248, 255]
const ORANGE = [251, 146, 60, 255]
const GREEN = [74, 222, 128, 255]
const CURSOR = [248, 250, 252, 255]

/** Shapes in a 0..1 square, drawn in order. A timeline of three cores, like the app's. */
function appShapes() {
  const lanes = [
    [
      [0.2, 0.45, BLUE],
      [0.47, 0.8, ORANGE]
    ],
    [
      [0.2, 0.33, GREEN],
      [0.35, 0.62, BLUE],
      [0.64, 0.8, GREEN]
    ],
    [
      [0.2, 0.56, ORANGE],
      [0.58, 0.8, BLUE]
    ]
  ]
  const shapes = [
    { kind: 'rect', x0: 0.06, y0: 0.06, x1: 0.94, y1: 0.94, r: 0.2, color: BACKGROUND }
  ]
  lanes.forEach((segments, i) => {
    const y0 = 0.24 + i * 0.19
    shapes.push({ kind: 'rect', x0: 0.16, y0, x1: 0.84, y1: y0 + 0.13, r: 0.03, color: LANE })
    for (const [x0, x1, color] of segments) {
      shapes.push({ kind: 'rect', x0, y0: y0 + 0.02, x1, y1: y0 + 0.11, r: 0.02, color })
    }
  })
  shapes.push({ kind: 'rect', x0: 0.545, y0: 0.18, x1: 0.565, y1: 0.82, r: 0, color: CURSOR })
  return shapes
}

/** A page with a folded corner carrying the same timeline: a scenario document. */
function documentShapes() {
  const shapes = [
    { kind: 'rect', x0: 0.18, y0: 0.06, x1: 0.82, y1: 0.94, r: 0.04, color: PAGE, cut: 0.18 },
    { kind: 'fold', x0: 0.64, y0: 0.06, x1: 0.82, y1: 0.24, color: FOLD }
  ]
  const colors = [
    [BLUE, ORANGE],
    [GREEN, BLUE],
    [ORANGE, GREEN]
  ]
  colors.forEach(([a, b], i) => {
    const y0 = 0.4 + i * 0.15
    shapes.push({ kind: 'rect', x0: 0.27, y0, x1: 0.5, y1: y0 + 0.09, r: 0.015, color: a })
    shapes.push({ kind: 'rect', x0: 0.52, y0, x1: 0.73, y1: y0 + 0.09, r: 0.015, color: b })
  })
  return shapes
}

function inside(shape, x, y) {
  if (x < shape.x0 || x > shape.x1 || y < shape.y0 || y > shape.y1) return false
  if (shape.kind === 'fold') return x - shape.x0 <= y - shape.y0 // lower-left triangle
  // A page's folded-over corner: the triangle above the fold's diagonal is not paper.
  if (shape.cut && shape.x1 - x < shape.cut && y - shape.y0 < shape.cut) {
    if (x - (shape.x1 - shape.cut) > y - shape.y0) return false
  }
  const r = shape.r
  const cx = Math.min(Math.max(x, shape.x0 + r), shape.x1 - r)
  const cy = Math.min(Math.max(y, shape.y0 + r), shape.y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

/** RGBA pixels of the shapes at `size`×`size`, 4×4 samples a pixel, "over" composited. */
export function rasterize(shapes, size) {
  const SS = 4
  const px = new Uint8Array(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxi + (sx + 0.5) / SS) / size
          const y = (py + (sy + 0.5) / SS) / size
          let color = null
          for (const s of shapes) if (inside(s, x, y)) color = s.color
          if (color) {
            r += color[0]
            g += color[1]
            b += color[2]
            a += 255
          }
        }
      }
      const n = SS * SS
      const o = (py * size + pxi) * 4
      // Colours are averaged over covered samples only, so edges fade in alpha, not to black.
      const covered = a / 255
      px[o] = covered ? Math.round(r / covered) : 0
      px[o + 1] = covered ? Math.round(g / covered) : 0
      px[o + 2] = covered ? Math.round(b / covered) : 0
      px[o + 3] = Math.round(a / n)
    }
  }
  return px
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** An 8-bit RGBA PNG (colour type 6, no filtering), deterministic for given pixels. */
export function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A Windows .ico whose images are PNGs (Windows Vista and later read them). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(pngs.length, 4)
  let offset = header.length
  pngs.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i
    header[e] = size >= 256 ? 0 : size // 0 means 256
    header[e + 1] = size >= 256 ? 0 : size
    header.writeUInt16LE(1, e + 4) // colour planes
    header.writeUInt16LE(32, e + 6) // bits per pixel
    header.writeUInt32LE(png.length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...pngs.map((p) => p.png)])
}

/** A macOS .icns of PNG elements. */
export function encodeIcns(elements) {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

/** Every icon file, by path relative to the build-resources folder. */
export function iconFiles() {
  const files = new Map()
  const sets = [
    ['icon', appShapes()],
    ['scenario', documentShapes()]
  ]
  for (const [name, shapes] of sets) {
    const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])]
    const png = new Map(sizes.map((s) => [s, encodePng(rasterize(shapes, s), s)]))
    if (name === 'icon') for (const s of LINUX_SIZES) files.set(`icons/${s}x${s}.png`, png.get(s))
    files.set(`${name}.ico`, encodeIco(ICO_SIZES.map((size) => ({ size, png: png.get(size) }))))
    files.set(
      `${name}.icns`,
      encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png.get(size) })))
    )
  }
  return files
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const outDir = process.argv[2] ?? join(root, 'build')
  for (const [rel, data] of iconFiles()) {
    mkdirSync(dirname(join(outDir, rel)), { recursive: true })
    writeFileSync(join(outDir, rel), data)
  }
  console.log(`icons written to ${outDir}`)
}
