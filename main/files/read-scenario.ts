// Reading a scenario file the user chose (the Open dialog, the command line, the OS's "open
// with"): refused before it is read when it is over the size cap, and every failure comes back
// as a message naming the file, for the page to show in its problems dialog.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { LIMITS } from '../../sim-core/scenario/limits'
import type { OpenedFile, Result } from '../ipc/contract'

export async function readScenarioFile(path: string): Promise<Result<OpenedFile>> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, error: `${name} is not a file` }
    if (info.size > LIMITS.maxFileBytes) {
      return {
        ok: false,
        error: `${name} is too large (${(info.size / 1048576).toFixed(1)} MB; at most ${LIMITS.maxFileBytes / 1048576} MB)`
      }
    }
    return { ok: true, value: { name, text: await readFile(path, 'utf8') } }
  } catch (e) {
    const code = (e as { code?: unknown }).code
    if (code === 'ENOENT') return { ok: false, error: `${name} does not exist` }
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, error: `${name} cannot be read` }
    return { ok: false, error: `${name}: ${(e as Error).message}` }
  }
}
