import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as AppBuilderFpm from 'app-builder-lib/out/targets/FpmTarget.js'
import type * as AppBuilderLinux from 'app-builder-lib/out/targets/LinuxTargetHelper.js'
import type * as ElectronBuilder from 'electron-builder'
import type { Configuration, FileAssociation } from 'electron-builder'
import { writeStandInElectron } from './stand-in-electron'

// electron-builder and its app-builder-lib are CommonJS; require them as electron-builder does.
const require = createRequire(import.meta.url)
const builder = require('electron-builder') as typeof ElectronBuilder
const { LinuxTargetHelper } =
  require('app-builder-lib/out/targets/LinuxTargetHelper.js') as typeof AppBuilderLinux
const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget.js') as typeof AppBuilderFpm)
  .default

/** What the deb, rpm and AppImage targets would write, computed by electron-builder's own code. */
export interface LinuxInstallerFacts {
  /** The resolved configuration: electron-builder.yml with the test's overrides merged in. */
  config: Configuration
  fileAssociations: FileAssociation[]
  buildResourcesDir: string
  /** The `.desktop` file the deb, rpm and AppImage install. */
  desktopEntry: string
  /** The shared-mime-info XML the deb and rpm install for the file association. */
  mimeInfo: string
  /** The Linux icon set, by size. */
  icons: { file: string; size: number }[]
  /** The package metadata fpm gets for deb and rpm (fails without homepage or maintainer). */
  deb: { name: string; maintainer: string; url: string }
  rpm: { name: string; maintainer: string; url: string }
}

export interface PackedApp {
  appOutDir: string
  asar: string
  executable: string
  facts: LinuxInstallerFacts
}

/** The files `npm run build` writes that the packaged app needs. */
export const BUILT_ENTRY_POINTS = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html'
]

/**
 * `electron-builder --linux dir` on the built app in `root`, against a stand-in Electron in
 * `work`, writing only under `work`. Nothing is downloaded: electronDist replaces the Electron
 * zip and the `dir` target needs no other tool.
 */
export async function packLinuxDir(root: string, work: string): Promise<PackedApp> {
  const missing = BUILT_ENTRY_POINTS.filter((f) => !existsSync(join(root, f)))
  if (missing.length > 0) {
    throw new Error(
      `the app is not built (missing ${missing.join(', ')}): run \`npm run build\` first (\`npm test\` does)`
    )
  }
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string
    }
  ).version
  const electronDist = join(work, 'electron-dist')
  writeStandInElectron(electronDist, electronVersion)

  let facts: LinuxInstallerFacts | null = null
  let appOutDir = ''
  await builder.build({
    projectDir: root,
    targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: join(work, 'release') },
      afterPack: async (context) => {
        const packager = context.packager
        if (!(packager instanceof builder.LinuxPackager)) throw new Error('not a Linux build')
        appOutDir = context.appOutDir
        const helper = new LinuxTargetHelper(packager)
        const mimeFile = await helper.mimeTypeFiles
        const fpm = async (target: 'deb' | 'rpm') =>
          (await new FpmTarget(target, packager, helper, context.outDir).checkOptions()) as {
            name: string
            maintainer: string
            url: string
          }
        facts = {
          config: packager.config,
          fileAssociations: packager.fileAssociations,
          buildResourcesDir: packager.buildResourcesDir,
          desktopEntry: await helper.computeDesktopEntry(packager.platformSpecificBuildOptions),
          mimeInfo: mimeFile == null ? '' : readFileSync(mimeFile, 'utf8'),
          icons: (await helper.icons).map(({ file, size }) => ({ file, size })),
          deb: await fpm('deb'),
          rpm: await fpm('rpm')
        }
      }
    }
  })
  if (facts == null) throw new Error('electron-builder never ran the afterPack hook')
  return {
    appOutDir,
    asar: join(appOutDir, 'resources/app.asar'),
    executable: join(appOutDir, 'schedlab'),
    facts
  }
}
