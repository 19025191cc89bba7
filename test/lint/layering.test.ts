import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message)
}

describe('layer import rules (ARCHITECTURE.md)', () => {
  it('rejects node:fs in sim-core', async () => {
    const errors = await importErrors(
      'sim-core/engine/bad.ts',
      "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"
    )
    expect(errors.join('\n')).toMatch(/sim-core is pure TypeScript/)
  })

  it('rejects a bare Node builtin and a climb into the renderer from sim-core', async () => {
    expect(
      await importErrors('sim-core/a.ts', "import fs from 'fs'\nexport const x = fs\n")
    ).toHaveLength(1)
    expect(
      await importErrors(
        'sim-core/engine/a.ts',
        "import { App } from '../../renderer/src/App'\nexport const x = App\n"
      )
    ).toHaveLength(1)
  })

  it('allows zod and relative imports inside sim-core', async () => {
    const errors = await importErrors(
      'sim-core/scenario/ok.ts',
      "import { z } from 'zod'\nimport { x } from '../engine/y'\nexport const s = [z, x]\n"
    )
    expect(errors).toEqual([])
  })

  it('rejects electron in the renderer but allows type-only imports of the IPC contract', async () => {
    expect(
      await importErrors(
        'renderer/src/a.ts',
        "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n"
      )
    ).toHaveLength(1)
    expect(
      await importErrors(
        'renderer/src/a.ts',
        "import type { DesktopApi } from '../../main/ipc/contract'\nexport type X = DesktopApi\n"
      )
    ).toEqual([])
    expect(
      await importErrors(
        'renderer/src/a.ts',
        "import { INVOKE_CHANNELS } from '../../main/ipc/contract'\nexport const x = INVOKE_CHANNELS\n"
      )
    ).toHaveLength(1)
  })

  it('rejects React in the CLI', async () => {
    expect(
      await importErrors(
        'cli/a.ts',
        "import { useState } from 'react'\nexport const x = useState\n"
      )
    ).toHaveLength(1)
  })
})

// present/ (ARCHITECTURE.md "present/"): it draws with sim-core only, and cli/ and renderer/
// draw with it, never the other way round.
describe('present/ layer', () => {
  it('may import sim-core and itself', async () => {
    expect(
      await importErrors(
        'present/a.ts',
        "import { SegmentKind } from '../sim-core'\nimport { r2 } from './svg'\nexport const x = [SegmentKind, r2]\n"
      )
    ).toEqual([])
  })

  it('may not import the CLI, the renderer, main or any package', async () => {
    for (const code of [
      "import { x } from '../cli/chart/svg'\nexport const y = x\n",
      "import { x } from '../renderer/src/App'\nexport const y = x\n",
      "import { x } from '../main/index'\nexport const y = x\n",
      "import React from 'react'\nexport const y = React\n",
      "import { readFileSync } from 'node:fs'\nexport const y = readFileSync\n"
    ])
      expect(await importErrors('present/a.ts', code), code).toHaveLength(1)
  })

  it('is importable from cli/ and renderer/, but not from sim-core', async () => {
    const code = "import { r2 } from '../../present/svg'\nexport const y = r2\n"
    expect(await importErrors('cli/chart/a.ts', code)).toEqual([])
    expect(await importErrors('renderer/src/a.ts', code)).toEqual([])
    expect(await importErrors('sim-core/engine/a.ts', code)).toHaveLength(1)
  })
})
