// `npm run build:cli` (and `prepare`, so `npm install` and `npm ci` run it): bundles the CLI with
// esbuild into out/cli/, so `schedlab` starts without compiling TypeScript on every run.
//
// - Entry: cli/main.ts becomes out/cli/schedlab.mjs. Code split: each subcommand's dynamic
//   import becomes its own file, so `schedlab --help` loads a few kilobytes, not the simulator.
//   cli/main.ts's own code is in the entry file, so `import.meta.url` there is the entry's URL
//   (bin/schedlab.mjs explains what that means for worker threads).
// - out/cli/sources.json lists the repository files the bundle was built from and when, so
//   bin/schedlab.mjs can tell a bundle older than the sources and run the sources instead.
// - Files are replaced one by one through a rename, the entry last, so a `schedlab` started
//   during a rebuild loads either the old bundle or the new one, never a half-written file.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'out/cli')
const ENTRY = 'schedlab.mjs'
const MANIFEST = 'sources.json'

let esbuild
try {
  esbuild = await import('esbuild')
} catch {
  // `npm ci --omit=dev`: nothing to build with; bin/schedlab.mjs says how to get a fast start.
  console.warn(
    'schedlab: esbuild is not installed, so the CLI is not bundled (it runs from source).'
  )
  process.exit(0)
}

/**
 * zod's namespace export carries every locale (about 360 kB of the bundle's 600 kB), and the
 * CLI uses none of them: its messages are English, and zod's English default is imported
 * directly by zod's schemas. Keep `locales.en` and leave the others out of the bundle.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js'",
      resolveDir: root
    }))
  }
}

const builtAt = Date.now()
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { schedlab: 'cli/main.ts' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  // Smaller text parses faster; names stay, so a stack trace (SCHEDLAB_DEBUG=1) stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [zodEnglishOnly]
})

const sources = Object.keys(result.metafile.inputs)
  .filter((p) => !p.includes('node_modules') && !p.includes(':'))
  .sort()
const files = new Map(result.outputFiles.map((f) => [relative(outdir, f.path), f.contents]))
files.set(MANIFEST, new TextEncoder().encode(JSON.stringify({ builtAt, sources }, null, 2) + '\n'))

await mkdir(outdir, { recursive: true })

async function replace(name, contents) {
  const target = join(outdir, name)
  const old = await readFile(target).catch(() => null)
  if (old && Buffer.compare(old, contents) === 0) return
  const temp = join(outdir, `.${name}.${randomBytes(4).toString('hex')}.tmp`)
  await writeFile(temp, contents)
  await rename(temp, target)
}

// Chunks first, then the entry that imports them, then the manifest that vouches for them.
const order = [...files.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
function rank(name) {
  return name === MANIFEST ? 2 : name === ENTRY ? 1 : 0
}
for (const name of order) await replace(name, files.get(name))

// Chunks of earlier builds (their names carry a content hash). Hidden temp files are left alone:
// they may be another build's, about to be renamed.
for (const name of await readdir(outdir)) {
  if (!files.has(name) && !name.startsWith('.'))
    await rm(join(outdir, name), { force: true, recursive: true })
}
