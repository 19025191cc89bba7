// `--out` and what it may name: a symbolic link is written through (its target replaced, the
// link kept), a FIFO or a device is written to directly (never replaced by a regular file), and
// a signal during the write leaves no temporary file behind.
import { spawn, spawnSync } from 'node:child_process'
import {
  createReadStream,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main'
import { outputPlan, writeOutput } from '../../cli/output'
import { captureCli } from '../helpers/capture-cli'
import { tempDir, threeJobs, writeScenario } from './fixtures'

const dir = tempDir()

describe('--out through a symbolic link', () => {
  it('writes the file the link points to and keeps the link a link', async () => {
    const real = join(dir, 'real.json')
    const link = join(dir, 'link.json')
    writeFileSync(real, 'old')
    symlinkSync('real.json', link)
    await writeOutput(['new\n'], link)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe('real.json')
    expect(readFileSync(real, 'utf8')).toBe('new\n')
  })

  it('follows a chain of links, and a dangling link creates the file it names', async () => {
    const sub = join(dir, 'sub')
    spawnSync('mkdir', [sub])
    symlinkSync('sub/missing.csv', join(dir, 'dangling.csv'))
    symlinkSync('dangling.csv', join(dir, 'chain.csv'))
    await writeOutput(['a,b\n'], join(dir, 'chain.csv'))
    expect(lstatSync(join(dir, 'chain.csv')).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(dir, 'dangling.csv')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(sub, 'missing.csv'), 'utf8')).toBe('a,b\n')
  })

  it('does the same for schedlab run --out', async () => {
    const file = writeScenario(dir, 'three.json', threeJobs())
    writeFileSync(join(dir, 'result.json'), '')
    symlinkSync('result.json', join(dir, 'result-link.json'))
    const r = await captureCli(main, ['run', file, '--out', join(dir, 'result-link.json')])
    expect(r.code).toBe(0)
    expect(lstatSync(join(dir, 'result-link.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'))).toMatchObject({
      makespan: 10
    })
  })

  it('reports a loop of links as a file-system error', async () => {
    symlinkSync('loop-b', join(dir, 'loop-a'))
    symlinkSync('loop-a', join(dir, 'loop-b'))
    await expect(writeOutput(['x'], join(dir, 'loop-a'))).rejects.toThrow(
      /cannot write ".*loop-a": too many levels of symbolic links/
    )
  })
})

describe('--out to a FIFO or a device', () => {
  it('writes into a FIFO that a reader holds open, and leaves the FIFO in place', async () => {
    const fifo = join(dir, 'pipe')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const text = 'line\n'.repeat(50_000) // 250 KB: more than a pipe buffer holds
    const read = new Promise<string>((resolve, reject) => {
      let got = ''
      createReadStream(fifo, 'utf8')
        .on('data', (c) => (got += String(c)))
        .on('end', () => resolve(got))
        .on('error', reject)
    })
    await writeOutput([text], fifo)
    expect(await read).toBe(text)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('writes to /dev/null without replacing it or leaving anything in /dev', async () => {
    // The decision first, harmlessly: run as root, a writer that renamed a file over /dev/null
    // would succeed and leave the machine without it (this happened once while writing the
    // fix), so nothing is written unless the plan is to write into the device.
    expect(await outputPlan('/dev/null')).toEqual({ kind: 'direct' })
    await writeOutput(['discarded\n'], '/dev/null')
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    expect(readdirSync('/dev').filter((n) => n.startsWith('.null.'))).toEqual([])
  })

  it('plans to replace a regular file, through its links, keeping its permissions', async () => {
    const file = join(dir, 'plain.txt')
    writeFileSync(file, 'x', { mode: 0o640 })
    symlinkSync('plain.txt', join(dir, 'plain-link.txt'))
    expect(await outputPlan(join(dir, 'plain-link.txt'))).toEqual({
      kind: 'replace',
      target: file,
      mode: 0o640
    })
    expect(await outputPlan(join(dir, 'new.txt'))).toEqual({
      kind: 'replace',
      target: join(dir, 'new.txt'),
      mode: 0o666
    })
  })
})

describe('a signal during the write', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'removes the temporary file on %s and ends by that signal',
    async (signal) => {
      const out = join(dir, `slow-${signal}`)
      spawnSync('mkdir', [out])
      const target = join(out, 'big.txt')
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'test/cli/children/slow-out.ts', target],
        {
          stdio: ['ignore', 'pipe', 'pipe']
        }
      )
      let stderr = ''
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          if (c.toString().includes('writing')) resolve()
        })
        child.on('exit', () => reject(new Error(`the child ended before writing: ${stderr}`)))
      })
      // The write is under way: its temporary file exists.
      expect(readdirSync(out)).toEqual([expect.stringMatching(/^\.big\.txt\.\d+\.[0-9a-f]+\.tmp$/)])
      child.kill(signal)
      const ended = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, s) => resolve(s))
      )
      expect(ended).toBe(signal)
      expect(readdirSync(out)).toEqual([])
    }
  )
})
