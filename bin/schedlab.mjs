#!/usr/bin/env node
// The `schedlab` command. It runs the bundle that `npm install` and `npm ci` build into out/cli/
// (scripts/build-cli.mjs, the `prepare` script), which starts about as fast as Node itself.
// Without a bundle, or when a source file changed after it was built, it runs the TypeScript
// sources through tsx instead (compiled on every start, several times slower) and says so on
// stderr. `npm run dev:cli` always runs the sources (SCHEDLAB_FROM_SOURCE=1), without the notice.
//
// Worker threads. A worker re-enters the CLI by starting on WORKER_ENTRY (cli/main.ts): bundled,
// that is the entry file out/cli/schedlab.mjs itself, since esbuild keeps cli/main.ts's code in
// the entry (not in a shared chunk), so `import.meta.url` read there names the entry; from
// source it is this file, which in a worker thread loads the CLI the same way as above and
// imports it without calling main(). Either way the worker evaluates cli/main.ts's top level,
// where a `workerData` marker can be checked.
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isMainThread } from 'node:worker_threads'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUNDLE = new URL('../out/cli/schedlab.mjs', import.meta.url)
const MANIFEST = new URL('../out/cli/sources.json', import.meta.url)

/** Why the bundle cannot be used, or null when it is there and newer than every source. */
function bundleProblem() {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
  } catch {
    return 'the CLI is not bundled'
  }
  if (!statSync(BUNDLE, { throwIfNoEntry: false })) return 'the CLI is not bundled'
  // About a hundred stats: well under a millisecond, and it spares a developer a stale bundle.
  for (const source of manifest.sources) {
    const info = statSync(ROOT + source, { throwIfNoEntry: false })
    if (!info || info.mtimeMs > manifest.builtAt)
      return `${source} changed after the CLI was bundled`
  }
  return null
}

async function loadEntry() {
  const problem = process.env.SCHEDLAB_FROM_SOURCE === '1' ? '' : bundleProblem()
  if (problem === null) {
    // The bundle carries source maps; a debugging user gets stack traces in the .ts files.
    if (process.env.SCHEDLAB_DEBUG) process.setSourceMapsEnabled(true)
    return import(BUNDLE.href)
  }
  if (problem && isMainThread)
    process.stderr.write(
      `schedlab: ${problem}; running from source (slower start). 'npm run build:cli' bundles it.\n`
    )
  const { register } = await import('tsx/esm/api')
  register()
  return import('../cli/main.ts')
}

const entry = await loadEntry()
if (isMainThread) process.exitCode = await entry.main(process.argv.slice(2))
