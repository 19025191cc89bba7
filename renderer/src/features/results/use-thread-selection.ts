// The highlighted thread: picked here (a segment, a table row) or elsewhere in the app (the
// scenario tree, by its "process/thread" id). A new result starts with none, unless the app
// names one.
import { useCallback, useEffect, useState } from 'react'
import type { SimResult } from '../../../../sim-core'

export function useThreadSelection(
  result: SimResult | null,
  selectedThread: string | null | undefined,
  onSelectThread: ((id: string | null) => void) | undefined
): [selected: number, select: (task: number) => void] {
  const [selected, setSelected] = useState(-1)
  const select = useCallback(
    (k: number) => {
      setSelected(k)
      onSelectThread?.(k >= 0 ? (result?.threads[k]?.id ?? null) : null)
    },
    [onSelectThread, result]
  )
  useEffect(() => {
    if (selectedThread === undefined || selectedThread === null || !result) setSelected(-1)
    else setSelected(result.threads.findIndex((t) => t.id === selectedThread))
  }, [selectedThread, result])
  return [selected, select]
}
