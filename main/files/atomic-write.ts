// A saved file is either the old one or the new one, never half of each (SECURITY.md "Files"):
// write a temporary file in the same folder, fsync it, keep the previous version as .bak, rename.
import { copyFile, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function atomicWrite(target: string, data: string | Uint8Array): Promise<void> {
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
  const existing = await stat(target).catch(() => null)
  if (existing?.isFile()) await copyFile(target, `${target}.bak`)
  await rename(tmp, target)
}
