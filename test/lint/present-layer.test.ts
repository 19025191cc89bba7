// The present/ layer's boundary (ARCHITECTURE.md "present/"): it draws with sim-core only, and
// cli/ and renderer/ draw with it, never the other way round.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message)
}

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
