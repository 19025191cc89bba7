import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'

describe('schedlab command entry', () => {
  it('prints usage with --help and exits 0', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Usage:\n\s+schedlab run FILE/)
  })

  it('rejects an unknown command with exit code 2 and no stack trace', async () => {
    const r = await runCli(['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
