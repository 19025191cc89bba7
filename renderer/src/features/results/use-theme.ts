// The concrete theme colours in effect at the pane, re-read when the system or the app
// switches between light and dark.
import { useLayoutEffect, useState, type RefObject } from 'react'
import { LIGHT, readTheme, type ThemeColors } from '../charts/theme'

export function useTheme(ref: RefObject<HTMLElement | null>, override?: string): ThemeColors {
  const [theme, setTheme] = useState<ThemeColors>(LIGHT)
  useLayoutEffect(() => {
    const update = (): void => {
      const next = readTheme(ref.current)
      setTheme((t) => (JSON.stringify(t) === JSON.stringify(next) ? t : next))
    }
    update()
    const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
    mq?.addEventListener?.('change', update)
    // The app may switch themes with a class or attribute on <html> or <body>.
    const mo = typeof MutationObserver === 'function' ? new MutationObserver(update) : null
    mo?.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-theme', 'style']
    })
    if (document.body)
      mo?.observe(document.body, {
        attributes: true,
        attributeFilter: ['class', 'data-theme', 'style']
      })
    return () => {
      mq?.removeEventListener?.('change', update)
      mo?.disconnect()
    }
  }, [ref, override])
  return theme
}
