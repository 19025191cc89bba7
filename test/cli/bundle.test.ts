// The bundled CLI (scripts/build-cli.mjs → out/cli/, what `npm install` and `npm ci` build and
// bin/schedlab.mjs runs): it must behave exactly like the TypeScript sources. Timing is measured
// by `npm run bench`, not here.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../cli/main'
import { SCHEDLAB_VERSION } from '../../sim-core/version'
import { captureCli } from '../helpers/capture-cli'
import { runCli, type CliResult } from '../helpers/run-cli'
import { tempDir, threeJobs, writeScenario } from './fixtures'

const OUT = join(process.cwd(), 'out/cli')
const EXAMPLE = 'docs/examples/priority-inversion.json'
const bundled = (args: string[]) => runCli(args, undefined, { bundle: true })
const dir = tempDir()

beforeAll(() => {
  // The same command as the `prepare` script that npm install and npm ci run.
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' })
  expect(build.stderr).toBe('')
  expect(build.status).toBe(0)
}, 60_000)

describe('the bundled CLI', () => {
  it('answers --version from the bundle, with no notice about running from source', async () => {
    const r = await bundled(['--version'])
    expect(r).toEqual({ code: 0, stdout: `schedlab ${SCHEDLAB_VERSION}\n`, stderr: '' })
  })

  it('validates a docs/examples scenario exactly as the sources do', async () => {
    const r = await bundled(['validate', EXAMPLE])
    expect(r.stdout).toMatch(/^ok: /)
    expect(r).toEqual(await captureCli(main, ['validate', EXAMPLE]))
  })

  it('prints the same JSON bytes for `run --format json` as the sources', async () => {
    const r = await bundled(['run', EXAMPLE, '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toHaveProperty('status', 'completed')
    expect(r).toEqual(await runCli(['run', EXAMPLE, '--format', 'json']))
  })

  it("reports an invalid scenario with the sources' messages and exit 2", async () => {
    // zod's messages come from its English locale, the one locale the bundle keeps.
    const file = writeScenario(dir, 'bad.json', {
      ...threeJobs(),
      machine: { cores: 'two' },
      scheduler: { policy: 'lottery' }
    })
    const r = await bundled(['validate', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/machine\.cores/)
    expect(r).toEqual(await captureCli(main, ['validate', file]))
  })

  it('holds cli/main.ts in the entry file, so import.meta.url there names the entry', () => {
    const usage = 'a laboratory for operating-system scheduling'
    const holders = readdirSync(OUT).filter(
      (f) => f.endsWith('.mjs') && readFileSync(join(OUT, f), 'utf8').includes(usage)
    )
    expect(holders).toEqual(['schedlab.mjs'])
  })

  it('runs `sweep --jobs 2` on worker threads from the bundle, with the rows of --jobs 1', async () => {
    const grid = ['sweep', EXAMPLE, '--policies', 'fcfs,rr', '--cores', '1,2']
    const one = await bundled([...grid, '--jobs', '1'])
    const two = await bundled([...grid, '--jobs', '2'])
    expect(one.code).toBe(0)
    // A header and one row per cell: 2 policies × 2 core counts.
    expect(one.stdout.trim().split('\n')).toHaveLength(5)
    expect(two).toEqual(one)
  })

  it('runs the sources, with a notice, when a source changed after the bundle was built', async () => {
    const manifestPath = join(OUT, 'sources.json')
    const manifest = readFileSync(manifestPath, 'utf8')
    // Built at the epoch: every source is newer than the bundle.
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(manifest), builtAt: 0 }))
    let r: CliResult
    try {
      r = await bundled(['--version'])
    } finally {
      writeFileSync(manifestPath, manifest)
    }
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`schedlab ${SCHEDLAB_VERSION}\n`)
    expect(r.stderr).toMatch(
      /^schedlab: cli\/\S+ changed after the CLI was bundled; running from source .*npm run build:cli/
    )
  })

  it('runs the command in a worker thread started on bin/schedlab.mjs, from the bundle', async () => {
    // How `schedlab sweep` starts its workers (process.argv[1]); main() sees the worker data.
    const script = `
      import { Worker } from 'node:worker_threads'
      const w = new Worker(new URL('bin/schedlab.mjs', 'file://' + process.cwd() + '/'), {
        argv: ['--version'], execArgv: [] })
      w.on('error', (e) => console.log('worker error: ' + e.message))
      w.on('exit', (code) => console.log('worker exit ' + code))`
    const r = await new Promise<CliResult>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, SCHEDLAB_FROM_SOURCE: '' }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      child.on('error', reject)
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    })
    expect(r).toEqual({
      code: 0,
      stdout: `schedlab ${SCHEDLAB_VERSION}\nworker exit 0\n`,
      stderr: ''
    })
  })
})
