import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The reference data (OSTEP and SimSo cases) lives inside the repository, under
 * test/fixtures/reference/ (its README gives the provenance), so a clone anywhere passes.
 * Located from this file rather than the working directory, so a test run from any folder finds it.
 */
export const REFERENCE_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'reference'
)

export function referenceCases<T>(
  sub: string,
  filter: (name: string) => boolean
): { file: string; data: T }[] {
  const dir = join(REFERENCE_DIR, sub)
  if (!existsSync(dir)) {
    throw new Error(`reference cases not found at ${dir} (test/fixtures/reference/${sub})`)
  }
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as T }))
}
