import { spawn } from 'node:child_process'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the real `schedlab` entry (bin/schedlab.mjs) as a user would, optionally with stdin.
 * From the TypeScript sources (as `npm run dev:cli` does), so the tests see the code as it is
 * now, never a bundle built before an edit; test/cli/bundle.test.ts passes `bundle: true`.
 */
export function runCli(
  args: string[],
  stdin?: string,
  { bundle = false }: { bundle?: boolean } = {}
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SCHEDLAB_FROM_SOURCE: bundle ? '' : '1' }
    const child = spawn(process.execPath, ['bin/schedlab.mjs', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.on('error', () => {}) // the CLI may exit before reading all of stdin
    child.stdin.end(stdin ?? '')
  })
}
