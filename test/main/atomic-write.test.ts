// The app's Save writes through a symbolic link (the file it names is replaced, with its .bak
// beside it when asked for, and the link stays a link) and into a FIFO without replacing it.
import { spawnSync } from 'node:child_process'
import {
  createReadStream,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { atomicWrite } from '../../main/files/atomic-write'

const dir = mkdtempSync(join(tmpdir(), 'atomic-links-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('saves through a symbolic link: the target is replaced and backed up, the link stays', async () => {
  writeFileSync(join(dir, 'real.json'), '{"v":1}')
  symlinkSync('real.json', join(dir, 'link.json'))
  await atomicWrite(join(dir, 'link.json'), '{"v":2}', { backup: true })
  expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true)
  expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json')
  expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('{"v":2}')
  expect(readFileSync(join(dir, 'real.json.bak'), 'utf8')).toBe('{"v":1}')
  expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json', 'real.json.bak'])
})

it('writes into a FIFO a reader holds open, and leaves the FIFO in place', async () => {
  const fifo = join(dir, 'pipe')
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
  const read = new Promise<string>((resolve, reject) => {
    let got = ''
    createReadStream(fifo, 'utf8')
      .on('data', (c) => (got += String(c)))
      .on('end', () => resolve(got))
      .on('error', reject)
  })
  await atomicWrite(fifo, 'through the pipe')
  expect(await read).toBe('through the pipe')
  expect(lstatSync(fifo).isFIFO()).toBe(true)
})
