// Line glyphs for the timeline's buttons (16×16, stroke = currentColor). The results pane stays
// self-contained, so it draws its own rather than borrowing the app's icon set.
const PATHS = {
  zoomIn: 'M2.5 7a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0M10.3 10.3 14 14M5 7h4M7 5v4',
  zoomOut: 'M2.5 7a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0M10.3 10.3 14 14M5 7h4',
  fit: 'M2 5.5V2h3.5M10.5 2H14v3.5M14 10.5V14h-3.5M5.5 14H2v-3.5',
  step: 'M3.5 3v10l7-5zM12.5 3v10',
  play: 'M4.5 2.5v11l9-5.5z',
  pause: 'M5 3v10M11 3v10'
} as const

export type GlyphName = keyof typeof PATHS

/** Decorative: the button keeps its words (hidden in a narrow toolbar) as its name. */
export function ToolbarGlyph({ name }: { name: GlyphName }) {
  return (
    <svg
      className="sl-glyph"
      width={16}
      height={16}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
