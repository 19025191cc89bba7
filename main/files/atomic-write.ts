// A saved file is either the old one or the new one, never half of each (SECURITY.md "Files"):
// write a temporary file in the same folder, fsync it, keep the previous version as .bak, rename.
// A symbolic link is followed, so the file it names is replaced and the link stays a link; a
// FIFO or a device is written to directly, never replaced by a regular file. (cli/output.ts does
// the same for --out; main may not import the CLI.)
import { copyFile, lstat, open, readlink, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/** Symbolic links followed before the target is chosen; more than this is a loop. */
const MAX_LINKS = 40

/** The file a path finally names; a dangling link names the file it would create. */
async function followLinks(path: string): Promise<string> {
  let current = path
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const info = await lstat(current).catch((e: unknown) => {
      if ((e as { code?: unknown }).code === 'ENOENT') return null
      throw e
    })
    if (!info?.isSymbolicLink()) return current
    current = resolve(dirname(current), await readlink(current))
  }
  throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' })
}

export async function atomicWrite(requested: string, data: string | Uint8Array): Promise<void> {
  const target = await followLinks(requested)
  const existing = await stat(target).catch(() => null)
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    const direct = await open(target, 'w')
    try {
      await direct.writeFile(data)
    } finally {
      await direct.close()
    }
    return
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (e) {
    await handle.close()
    await rm(tmp, { force: true })
    throw e
  }
  await handle.close()
  if (existing?.isFile()) await copyFile(target, `${target}.bak`)
  await rename(tmp, target)
}
