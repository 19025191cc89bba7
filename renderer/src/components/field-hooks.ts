// Reading one field of the draft and its problems, by JSON path.
import type { Problem } from '../../../sim-core/index'
import { useApp, useValidation } from '../app/hooks'
import { formatPath, getAt, type Path } from '../scenario/paths'

export function useDraftValue(path: Path): unknown {
  return useApp((s) => getAt(s.draft, path))
}

export function useFieldProblems(path: Path): Problem[] {
  return useValidation().byPath.get(formatPath(path)) ?? []
}
