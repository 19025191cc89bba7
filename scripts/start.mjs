// `npm start`: build, then open the Electron window; where no Electron binary can be had
// (no network to fetch it), serve the same app on 127.0.0.1 and say so. `--web` skips Electron.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from './serve-web.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const webOnly = args.includes('--web')
const skipBuild = args.includes('--no-build')
const portArg = args.find((a) => a.startsWith('--port='))
const port = Number(portArg ? portArg.slice('--port='.length) : (process.env.PORT ?? 5178))

function build() {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit']
    }
  )
  if (r.status !== 0) {
    console.error('schedlab: the build failed (see above).')
    process.exit(r.status ?? 1)
  }
}

/** The Electron binary's path, or null when it is not installed and cannot be fetched. */
function electronBinary() {
  if (process.env.SCHEDLAB_NO_ELECTRON === '1') return null
  const r = spawnSync(
    process.execPath,
    ['--input-type=commonjs', '-e', "process.stdout.write(require('electron'))"],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000
    }
  )
  const path = r.status === 0 ? r.stdout.trim() : ''
  return path && existsSync(path) ? path : null
}

function openBrowser(url) {
  if (process.env.CI || process.env.SCHEDLAB_NO_OPEN === '1') return
  const cmd =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return
  const child = spawn(cmd, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => {}) // no browser opener: the printed URL is enough
  child.unref()
}

async function serveWeb() {
  const { url } = await serveStatic(join(root, 'out/renderer'), port).catch(async (err) => {
    if (err.code !== 'EADDRINUSE') throw err
    return serveStatic(join(root, 'out/renderer'), 0)
  })
  console.log(`SchedLab is running at ${url}  (Ctrl+C to stop)`)
  openBrowser(url)
}

if (!skipBuild) build()
if (webOnly) {
  await serveWeb()
} else {
  const bin = electronBinary()
  if (bin) {
    const child = spawn(bin, [root], { stdio: 'inherit' })
    child.on('exit', (code) => process.exit(code ?? 0))
  } else {
    console.log(
      [
        '',
        'SchedLab could not start its desktop window: the Electron binary is not installed and could',
        'not be downloaded (Electron fetches it from GitHub on first use, and this machine has no',
        'network access to it). Nothing is lost: the same app runs in your web browser, served only',
        'on this computer (127.0.0.1). On a machine with internet access, `npm install && npm start`',
        'opens the desktop window.',
        ''
      ].join('\n')
    )
    await serveWeb()
  }
}
