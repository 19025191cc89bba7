import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Electron's fuse sentinel: @electron/fuses finds the fuse wire right after it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * The stand-in's fuse wire, one '0'/'1' per fuse in @electron/fuses' order, as in a freshly
 * downloaded Electron 45 (RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on,
 * asar integrity off, only-asar off, browser V8 snapshot off, file: privileges on, and a ninth
 * fuse newer than @electron/fuses 1.8 knows). Every fuse we configure starts at the opposite
 * value, so a fuse that electron-builder did not flip reads back wrong.
 */
export const STAND_IN_WIRE = '101100011'

/**
 * An unpacked "Electron" that electron-builder can pack offline (electronDist): an executable
 * named `electron` carrying the sentinel, the wire version (1), the wire's length and the wire,
 * and a `version` file. The binary cannot be downloaded here (docs/packaging.md).
 */
export function writeStandInElectron(dir: string, version: string): void {
  mkdirSync(dir, { recursive: true })
  const script = Buffer.from(
    '#!/bin/sh\necho "SchedLab packaging stand-in, not Electron"\nexit 1\n# '
  )
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, STAND_IN_WIRE.length]),
    Buffer.from(STAND_IN_WIRE, 'ascii'),
    Buffer.from('\n')
  ])
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, wire]))
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), version)
}
