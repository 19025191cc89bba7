// Whether a CSS media query matches, kept current as the window resizes. For layouts that
// change what is rendered (not only how it looks), so hidden controls leave the tab order and
// the accessibility tree instead of lingering there. Without matchMedia (jsdom) it never matches.
import { useCallback, useSyncExternalStore } from 'react'

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {}
      const list = matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query]
  )
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false
  )
}
