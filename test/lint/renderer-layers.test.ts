// The renderer's layering (eslint.config.js, FEATURE_ORDER): no import cycles anywhere in
// renderer/src, base folders never import features, and a feature imports only the features
// below it. Each case lints new text under an existing file's name, so the cycle rule follows
// the real files' imports from disk.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .map((m) => m.ruleId ?? '')
    .filter((r) => r.startsWith('import-x/'))
    .sort()
}

describe('renderer layers', () => {
  it('reports a cycle: charts importing the results pane, which draws charts', async () => {
    const hits = await ruleHits(
      'renderer/src/features/charts/format.ts',
      "import { ResultsPane } from '../results/ResultsPane'\nexport const x = ResultsPane\n"
    )
    expect(hits).toEqual(['import-x/no-cycle', 'import-x/no-restricted-paths'])
  }, 60_000)

  it('keeps the store and components free of features', async () => {
    expect(
      await ruleHits(
        'renderer/src/store/new-slice.ts',
        "import type { OpsTextError } from '../features/editor/ops-text'\nexport type X = OpsTextError\n"
      )
    ).toEqual(['import-x/no-restricted-paths'])
    expect(
      await ruleHits(
        'renderer/src/components/New.tsx',
        "import { Timeline } from '../features/timeline/Timeline'\nexport const x = Timeline\n"
      )
    ).toEqual(['import-x/no-restricted-paths'])
  }, 60_000)

  it('lets a feature import the features below it, not those above', async () => {
    const up =
      "import { ResultsPane } from '../results/ResultsPane'\nexport const x = ResultsPane\n"
    expect(await ruleHits('renderer/src/features/compare/new.ts', up)).toEqual([
      'import-x/no-restricted-paths'
    ])
    const down =
      "import { ComparePanel } from '../compare/ComparePanel'\nexport const x = ComparePanel\n"
    expect(await ruleHits('renderer/src/features/results/new.ts', down)).toEqual([])
  }, 60_000)

  it('has no lint exceptions for these rules in renderer/src', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
      )
    const disabled = files(join(__dirname, '../../renderer/src')).filter((f) =>
      /eslint-disable[^\n]*import-x/.test(readFileSync(f, 'utf8'))
    )
    expect(disabled).toEqual([])
  })
})
