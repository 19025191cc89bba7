// The problems list's rows for the open draft, recomputed only when the draft, the text errors
// or the language change.
import { useMemo } from 'react'
import { useApp, useT, useValidation } from '../../app/hooks'
import { problemEntries, type ProblemEntry } from './problem-entries'

export function useProblemEntries(): ProblemEntry[] {
  const t = useT()
  const draft = useApp((s) => s.draft)
  const textErrors = useApp((s) => s.opsTextErrors)
  const { problems } = useValidation()
  return useMemo(
    () => problemEntries(draft, problems, textErrors, t),
    [draft, problems, textErrors, t]
  )
}
