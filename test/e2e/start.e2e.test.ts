import { spawn } from 'node:child_process'
import { expect, it } from 'vitest'

/** Runs `node scripts/start.mjs ARGS` until it prints its URL; returns the output and the URL. */
function startUntilServing(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--port=0', ...args], {
    env: { ...process.env, SCHEDLAB_NO_OPEN: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  const done = new Promise<{ out: string; url: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; output:\n${out}`)), 45_000)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ out, url: m[1] })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`start.mjs exited with ${code}; output:\n${out}`)))
  })
  return { child, done }
}

it('npm start without an Electron binary explains why and serves the app on 127.0.0.1', async () => {
  // An override pointing nowhere makes the Electron binary missing on any machine.
  const { child, done } = startUntilServing([], {
    ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist'
  })
  try {
    const { out, url } = await done
    expect(out).toMatch(/Electron binary is not installed/)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>SchedLab</title>')
    expect((await fetch(url + '../../etc/passwd')).status).not.toBe(200)
  } finally {
    child.kill()
  }
})

it('npm run web serves the app directly, without the Electron paragraph', async () => {
  const { child, done } = startUntilServing(['--web'], {})
  try {
    const { out, url } = await done
    expect(out).not.toMatch(/Electron binary/)
    expect((await fetch(url)).status).toBe(200)
  } finally {
    child.kill()
  }
})
