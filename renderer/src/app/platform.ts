// Keyboard labels for the platform: ⌘ on macOS, Ctrl elsewhere.
export function isMac(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  )
}

export function keys(combo: string): string {
  return isMac()
    ? combo.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Enter', '↩')
    : combo.replace('Mod+', 'Ctrl+')
}
