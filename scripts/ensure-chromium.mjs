// Before `npm test`: the end-to-end tests drive the system's Chromium. Install it where we can
// (root on Debian/Ubuntu, as on CI); otherwise say how, and let the e2e tests fail clearly.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser'
].filter(Boolean)
if (candidates.some((p) => existsSync(p))) process.exit(0)

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
if (canApt) {
  console.log('Chromium not found: installing it with apt-get (for the end-to-end tests)...')
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
  if (run(['update']).status === 0 && run(['install', '-y', 'chromium']).status === 0)
    process.exit(0)
}
console.warn(
  'Chromium was not found, so the end-to-end tests will fail. Install it (Debian/Ubuntu:\n' +
    '`sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.'
)
