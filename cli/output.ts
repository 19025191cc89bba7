// Writes a command's output to standard output or, with --out, atomically to a file: the text
// goes to a temporary file in the target's folder, is flushed to disk, and is renamed over the
// target, so the target is always either the old file or the complete new one (SECURITY.md).
// A symbolic link is followed (its target is replaced, the link stays); a FIFO or a device is
// written to directly; Ctrl-C during the write removes the temporary file.
import { randomBytes } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { lstat, open, readlink, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
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

/** Symbolic links followed before the target is chosen; more than this is a loop (as ELOOP). */
const MAX_LINKS = 40

/**
 * The file a path finally names: `--out link.json` writes the file the link points to, and the
 * link stays a link. A dangling link names the file it would point to, which gets created.
 */
async function followLinks(path: string): Promise<string> {
  let current = path
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let info
    try {
      info = await lstat(current)
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ENOENT') return current
      throw e
    }
    if (!info.isSymbolicLink()) return current
    current = resolve(dirname(current), await readlink(current))
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' })
}

/**
 * Removes the temporary file if SIGINT or SIGTERM arrives while it exists (Ctrl-C during a
 * long write left a hidden `.NAME.PID.tmp` behind), then lets the signal do what it would have
 * done: with our handler gone, re-raising it ends the process as the user asked.
 */
function removeOnSignal(temp: string): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const
  const handler = (signal: NodeJS.Signals) => {
    disarm()
    try {
      unlinkSync(temp)
    } catch {
      // Already renamed or never created: nothing to clean.
    }
    process.kill(process.pid, signal)
  }
  const disarm = () => {
    for (const s of signals) process.off(s, handler)
  }
  for (const s of signals) process.on(s, handler)
  return disarm
}

/**
 * A FIFO, a character device (/dev/null, a terminal) or a socket is written to directly: renaming
 * a regular file over it would replace the pipe a reader waits on, or the device node itself.
 */
async function writeDirectly(target: string, chunks: Chunks): Promise<void> {
  const handle = await open(target, 'w')
  try {
    for (const piece of batched(chunks)) await handle.write(piece)
  } finally {
    await handle.close()
  }
}

/** How `--out PATH` is written: into PATH itself, or by replacing the file `target` atomically. */
export type OutputPlan = { kind: 'direct' } | { kind: 'replace'; target: string; mode: number }

/**
 * Decides how to write PATH before anything is written, so a test can check the decision for a
 * device such as /dev/null without risking it (as root, replacing /dev/null with a regular file
 * succeeds and breaks the machine).
 */
export async function outputPlan(requested: string): Promise<OutputPlan> {
  // The kernel follows the links here, including /dev/stdout's /proc/self/fd/1 whose target
  // ("pipe:[1234]") is no path at all: what it reaches decides how to write.
  const existing = await stat(requested).catch((e: unknown) => {
    if ((e as { code?: unknown }).code === 'ENOENT') return null
    throw e
  })
  if (existing?.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
  if (existing && !existing.isFile()) return { kind: 'direct' }
  // Keep the permissions of a file we replace.
  return {
    kind: 'replace',
    target: await followLinks(requested),
    mode: existing ? existing.mode & 0o777 : 0o666
  }
}

async function writeFileAtomically(requested: string, chunks: Chunks): Promise<void> {
  const fail = (e: unknown) =>
    new FileSystemError(`cannot write ${JSON.stringify(requested)}: ${describeFsError(e)}`)
  // Only system errors are about the file; anything else is a bug and must say so.
  const rethrow = (e: unknown) => (typeof (e as { code?: unknown }).code === 'string' ? fail(e) : e)
  let plan
  try {
    plan = await outputPlan(requested)
    if (plan.kind === 'direct') {
      await writeDirectly(requested, chunks)
      return
    }
  } catch (e) {
    throw rethrow(e)
  }
  const { target, mode } = plan
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  const disarm = removeOnSignal(temp)
  let handle
  try {
    handle = await open(temp, 'wx', mode)
    for (const piece of batched(chunks)) await handle.write(piece)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, target)
  } catch (e) {
    await handle?.close().catch(() => {})
    await unlink(temp).catch(() => {})
    throw rethrow(e)
  } finally {
    disarm()
  }
}

/** `out` undefined or `-` means standard output. */
export function writeOutput(chunks: Chunks, out: string | undefined): Promise<void> {
  return out === undefined || out === '-' ? writeStdout(chunks) : writeFileAtomically(out, chunks)
}
