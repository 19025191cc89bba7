// The highlighted thread, by its index in result.threads: picked here (a segment, a table row)
// or elsewhere in the app (the scenario tree). A new result starts with none, unless the app
// names one.
import { useCallback, useEffect, useState } from 'react'
import type { SimResult } from '../../../../sim-core'

export function useThreadSelection(
  result: SimResult | null,
  selectedThread: number | null | undefined,
  onSelectThread: ((index: number | null) => void) | undefined
): [selected: number, select: (task: number) => void] {
  const [selected, setSelected] = useState(-1)
  const select = useCallback(
    (k: number) => {
      setSelected(k)
      onSelectThread?.(k >= 0 && result && k < result.threads.length ? k : null)
    },
    [onSelectThread, result]
  )
  useEffect(() => {
    if (selectedThread === undefined || selectedThread === null || !result) setSelected(-1)
    else setSelected(selectedThread < result.threads.length ? selectedThread : -1)
  }, [selectedThread, result])
  return [selected, select]
}
