#!/usr/bin/env node
// The `schedlab` command. It runs the bundle that `npm install` and `npm ci` build into out/cli/
// (scripts/build-cli.mjs, the `prepare` script), which starts about as fast as Node itself.
// Without a bundle, or when a source file changed after it was built, it runs the TypeScript
// sources through tsx instead (compiled on every start, several times slower) and says so on
// stderr. `npm run dev:cli` always runs the sources (SCHEDLAB_FROM_SOURCE=1), without the notice.
//
// Worker threads. `schedlab sweep` starts its workers on this file (process.argv[1]) with a
// `workerData` marker: in a worker it loads the same CLI the same way (the bundle, or the sources
// through tsx, whose hooks Node 20 does not carry into workers, so they are registered again
// there); cli/main.ts sees the marker as it loads and serves cells, so main() is not called.
// A worker could not start on cli/main.ts itself from source, nor on a bundled chunk. Bundled, cli/main.ts's own code is in the entry file
// out/cli/schedlab.mjs, so `import.meta.url` read in cli/main.ts names that file.
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isMainThread, workerData } from 'node:worker_threads'

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

const { main } = await loadEntry()
// A sweep worker is served by cli/main.ts as it loads (it sees the marker); any other thread,
// a worker started with its own argv included, runs the command line.
if (isMainThread || !workerData?.schedlabSweepWorker)
  process.exitCode = await main(process.argv.slice(2))
