// Writes a command's output to standard output or, with --out, atomically to a file: the text
// goes to a temporary file in the target's folder, is flushed to disk, and is renamed over the
// target, so the target is always either the old file or the complete new one (SECURITY.md).
import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { FileSystemError, describeFsError } from './errors'

/** Output is produced in pieces so that a trace of millions of segments never becomes one string. */
export type Chunks = Iterable<string>

/** Pieces are batched to about this many characters per write. */
const BATCH = 1 << 16

function* batched(chunks: Chunks): Generator<string> {
  let buf = ''
  for (const c of chunks) {
    buf += c
    if (buf.length >= BATCH) {
      yield buf
      buf = ''
    }
  }
  if (buf !== '') yield buf
}

async function writeStdout(chunks: Chunks): Promise<void> {
  const out = process.stdout
  // In an object: TypeScript cannot see that the event handler assigns it.
  const state: { failure: NodeJS.ErrnoException | null } = { failure: null }
  let wake: () => void = () => {}
  let pendingDrain: (() => void) | null = null
  // Errors arrive as events; keep the first and wake a writer waiting for 'drain'.
  const onError = (e: NodeJS.ErrnoException) => {
    state.failure ??= e
    wake()
  }
  const settled = () =>
    new Promise<void>((resolve) => {
      wake = resolve
      pendingDrain = resolve
      out.once('drain', resolve)
    })
  out.on('error', onError)
  try {
    for (const piece of batched(chunks)) {
      if (state.failure) break
      if (!out.write(piece)) await settled()
    }
    if (!state.failure) await new Promise<void>((resolve) => out.write('', () => resolve()))
  } finally {
    // onError stays attached: a write still in flight may fail after we return, and an
    // 'error' event without a listener would crash the process with a stack trace.
    if (pendingDrain) out.off('drain', pendingDrain)
  }
  // A reader that went away (`schedlab trace x | head`) is not worth a message.
  const e = state.failure
  if (e && e.code !== 'EPIPE')
    throw new FileSystemError(`cannot write standard output: ${describeFsError(e)}`)
}

async function writeFileAtomically(target: string, chunks: Chunks): Promise<void> {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  const fail = (e: unknown) =>
    new FileSystemError(`cannot write ${JSON.stringify(target)}: ${describeFsError(e)}`)
  let mode = 0o666
  try {
    const existing = await stat(target)
    if (existing.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    // Keep the permissions of a file we replace.
    mode = existing.mode & 0o777
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ENOENT') throw fail(e)
  }
  let handle
  try {
    handle = await open(temp, 'wx', mode)
  } catch (e) {
    throw fail(e)
  }
  try {
    for (const piece of batched(chunks)) await handle.write(piece)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, target)
  } catch (e) {
    await handle?.close().catch(() => {})
    await unlink(temp).catch(() => {})
    // Only system errors are about the file; anything else is a bug and must say so.
    throw typeof (e as { code?: unknown }).code === 'string' ? fail(e) : e
  }
}

/** `out` undefined or `-` means standard output. */
export function writeOutput(chunks: Chunks, out: string | undefined): Promise<void> {
  return out === undefined || out === '-' ? writeStdout(chunks) : writeFileAtomically(out, chunks)
}
