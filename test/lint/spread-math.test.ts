// Math.max(...rows) overflows the call stack near 100,000 elements (`run --format text` on
// 130,000 threads crashed): the lint rule keeps the pattern out of product code.
import { expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function spreadErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length
}

it('rejects Math.max/min over a spread array in sim-core, the CLI, main and the renderer', async () => {
  const code = 'export const f = (a: number[]) => Math.max(...a) + Math.min(1, ...a)\n'
  for (const file of ['sim-core/x.ts', 'cli/x.ts', 'main/x.ts', 'renderer/src/x.tsx'])
    expect(await spreadErrors(file, code), file).toBe(2)
  expect(
    await spreadErrors(
      'cli/x.ts',
      'export const f = (a: number[]) => a.reduce((m, v) => Math.max(m, v), 0)\n'
    )
  ).toBe(0)
})
