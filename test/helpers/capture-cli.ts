// Runs a CLI entry point in this process and captures what it writes, for tests that call it
// many times (the spawned binary, test/helpers/run-cli.ts, is checked separately).
import { vi } from 'vitest'
import type { CliResult } from './run-cli'

export async function captureCli(
  entry: (args: string[]) => Promise<number>,
  args: string[]
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    stdout += String(c)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
    stderr += String(c)
    return true
  })
  try {
    return { code: await entry(args), stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}
