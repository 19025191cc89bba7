// Reads a scenario's text from a file or standard input (`-`), refusing to read more than the
// size cap (SECURITY.md, "Limits") so that a huge or endless input ends with a clear message.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { LIMITS } from '../sim-core'
import { FileSystemError, ProblemsError, describeFsError } from './errors'

export interface Source {
  /** How messages name the input: the path as given, or `<stdin>`. */
  label: string
  text: string
}

const MB = 1024 * 1024
const capText = `at most ${LIMITS.maxFileBytes / MB} MB`

/** Collects a stream's bytes, stopping as soon as it exceeds the cap; null means too large. */
async function readCapped(stream: Readable): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > LIMITS.maxFileBytes) {
      stream.destroy()
      return null
    }
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

function decode(bytes: Buffer, label: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ProblemsError([`${label}: not UTF-8 text (a scenario is a JSON text file)`])
  }
  // Editors on some systems write a byte-order mark; JSON.parse would reject it.
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

async function readFileText(path: string): Promise<Source> {
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    size = info.size
  } catch (e) {
    throw new FileSystemError(`cannot read ${JSON.stringify(path)}: ${describeFsError(e)}`)
  }
  // Refuse before reading anything when the size is known (regular files).
  if (size > LIMITS.maxFileBytes)
    throw new ProblemsError([
      `${path}: the file is too large (${(size / MB).toFixed(1)} MB; ${capText})`
    ])
  let bytes: Buffer | null
  try {
    bytes = await readCapped(createReadStream(path))
  } catch (e) {
    throw new FileSystemError(`cannot read ${JSON.stringify(path)}: ${describeFsError(e)}`)
  }
  if (bytes === null) throw new ProblemsError([`${path}: the file is too large (${capText})`])
  return { label: path, text: decode(bytes, path) }
}

async function readStdin(): Promise<Source> {
  const label = '<stdin>'
  let bytes: Buffer | null
  try {
    bytes = await readCapped(process.stdin)
  } catch (e) {
    throw new FileSystemError(`cannot read standard input: ${describeFsError(e)}`)
  }
  if (bytes === null) throw new ProblemsError([`${label}: the input is too large (${capText})`])
  return { label, text: decode(bytes, label) }
}

export function readSource(file: string): Promise<Source> {
  return file === '-' ? readStdin() : readFileText(file)
}
