// A saved file is either the old one or the new one, never half of each (SECURITY.md "Files"):
// write a temporary file in the same folder, fsync it, rename it over the target. Every failure
// removes the temporary file and leaves the old file as it was. The new file keeps the old one's
// permission bits (a 0600 scenario stays private). A symbolic link is followed, so the file it
// names is replaced and the link stays a link; a FIFO or a device is written to directly, never
// replaced by a regular file. A file with no write permission for anyone is refused, not replaced
// behind the user's back. Only scenario saves keep the previous version as `<file>.bak`
// (docs/security.md): exports are regenerated from the scenario, so a backup of them is clutter.
// (cli/output.ts does the same for --out; main may not import the CLI.)
import {
  copyFile,
  lstat,
  open,
  readlink,
  rename,
  rm,
  stat,
  type FileHandle
} from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/** Symbolic links followed before the target is chosen; more than this is a loop. */
const MAX_LINKS = 40

const codeOf = (e: unknown): unknown => (e as { code?: unknown }).code

const fsError = (message: string, code: string): Error =>
  Object.assign(new Error(message), { code })

/** The file a path finally names; a dangling link names the file it would create. */
async function followLinks(path: string): Promise<string> {
  let current = path
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const info = await lstat(current).catch((e: unknown) => {
      if (codeOf(e) === 'ENOENT') return null
      throw e
    })
    if (!info?.isSymbolicLink()) return current
    current = resolve(dirname(current), await readlink(current))
  }
  throw fsError(`too many levels of symbolic links: ${path}`, 'ELOOP')
}

export interface AtomicWriteOptions {
  /** Copy the file being replaced to `<file>.bak` first (scenario saves only). */
  backup?: boolean
}

export async function atomicWrite(
  requested: string,
  data: string | Uint8Array,
  { backup = false }: AtomicWriteOptions = {}
): Promise<void> {
  const target = await followLinks(requested)
  const existing = await stat(target).catch((e: unknown) => {
    if (codeOf(e) === 'ENOENT') return null
    throw e
  })
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    const direct = await open(target, 'w')
    try {
      await direct.writeFile(data)
    } finally {
      await direct.close()
    }
    return
  }
  // A folder at the path (say an export named like one): said plainly, before a temporary file
  // is made, rather than as the rename's EISDIR naming that temporary file.
  if (existing?.isDirectory()) throw fsError(`${basename(target)} is a folder`, 'EISDIR')
  // Checked by mode bits, not access(): the app may run as root, for whom everything is writable.
  if (existing?.isFile() && (existing.mode & 0o222) === 0)
    throw fsError(`${basename(target)} is read-only`, 'EACCES')
  const mode = existing ? existing.mode & 0o7777 : 0o666
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  let handle: FileHandle | undefined
  try {
    // 'wx': never write into a file someone else put at the temporary name.
    handle = await open(tmp, 'wx', mode)
    await handle.writeFile(data)
    // open() applied the umask; the replaced file's bits are restored exactly.
    if (existing) await handle.chmod(mode)
    await handle.sync()
    await handle.close()
    handle = undefined
    if (backup && existing) await copyFile(target, `${target}.bak`)
    await rename(tmp, target)
  } catch (e) {
    await handle?.close().catch(() => undefined)
    await rm(tmp, { force: true }).catch(() => undefined)
    throw e
  }
  await syncFolder(dirname(target))
}

/** Makes the rename itself durable; best effort (Windows cannot open a folder for fsync). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const dir = await open(folder, 'r').catch(() => undefined)
  await dir?.sync().catch(() => undefined)
  await dir?.close().catch(() => undefined)
}
