// Runs a CLI entry point in this process and captures what it writes, for tests that call it
// many times (the spawned binary, test/helpers/run-cli.ts, is checked separately).
import { vi } from 'vitest'
import type { CliResult } from './run-cli'

/**
 * A write's optional callback (`write(chunk, cb)` or `write(chunk, encoding, cb)`) is called as a
 * stream would, on a later tick: the CLI waits on it to know its output was flushed.
 */
function written(rest: unknown[]): true {
  const done = rest.find((a): a is () => void => typeof a === 'function')
  if (done) process.nextTick(done)
  return true
}

export async function captureCli(
  entry: (args: string[]) => Promise<number>,
  args: string[]
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c, ...rest) => {
    stdout += String(c)
    return written(rest)
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c, ...rest) => {
    stderr += String(c)
    return written(rest)
  })
  try {
    return { code: await entry(args), stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}
