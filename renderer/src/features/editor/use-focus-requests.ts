// Moves keyboard focus to the field a clicked problem names. The item owning the path is
// selected first; once its editor has rendered, the control with that `data-path` (or, for a
// path no control shows, the nearest ancestor path that one does) gets focus.
import { useEffect } from 'react'
import { useApp } from '../../app/hooks'
import { formatPath, parsePath } from '../../scenario/paths'

export function focusField(path: string, root: ParentNode = document): boolean {
  const parts = parsePath(path)
  for (let n = parts.length; n >= 0; n--) {
    const p = formatPath(parts.slice(0, n))
    // Inside a quoted attribute value only quotes and backslashes need escaping.
    const el = root.querySelector<HTMLElement>(`[data-path="${p.replace(/["\\]/g, '\\$&')}"]`)
    if (el) {
      el.focus()
      el.scrollIntoView?.({ block: 'nearest' })
      return true
    }
  }
  return false
}

export function useFocusRequests(): void {
  const request = useApp((s) => s.focusRequest)
  const focusDone = useApp((s) => s.focusDone)
  useEffect(() => {
    if (!request) return
    // Let the newly selected item's editor mount first.
    const timer = setTimeout(() => {
      focusField(request.path)
      focusDone()
    }, 0)
    return () => clearTimeout(timer)
  }, [request, focusDone])
}
