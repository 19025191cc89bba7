import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The shared reference data lives beside the repository (../shared), as on CI. */
export const REFERENCE_DIR = join(process.cwd(), '..', 'shared', 'reference')

export function referenceCases<T>(
  sub: string,
  filter: (name: string) => boolean
): { file: string; data: T }[] {
  const dir = join(REFERENCE_DIR, sub)
  if (!existsSync(dir)) {
    throw new Error(
      `reference cases not found at ${dir}: the tests expect ../shared/reference beside the repository`
    )
  }
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as T }))
}
