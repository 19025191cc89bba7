// Undo granularity. Every scenario edit is one undo step, except a burst of edits to the same
// field (typing "120" into a number box, or an op list into the text form): that burst is one
// step, so Ctrl+Z takes back what the user thinks of as "the last edit", not one keystroke.

/** Edits to the same key closer together than this belong to one burst. */
export const BURST_MS = 1500

export interface Coalescer {
  /** Called before every scenario edit; `key` names the field, null for structural edits. */
  mark(key: string | null): void
  /** After mark(): should this edit merge into the previous undo step? */
  shouldMerge(): boolean
  /** Ends the current burst (undo, redo, a field losing focus, a document being loaded). */
  reset(): void
}

export function createCoalescer(now: () => number = () => Date.now()): Coalescer {
  let lastKey: string | null = null
  let lastTime = -Infinity
  let merge = false
  return {
    mark(key) {
      const t = now()
      merge = key !== null && key === lastKey && t - lastTime < BURST_MS
      lastKey = key
      lastTime = t
    },
    shouldMerge: () => merge,
    reset() {
      lastKey = null
      merge = false
    }
  }
}
