// A small set of line icons drawn for SchedLab (16×16, stroke = currentColor), so the bundle
// needs no icon font and the CSP no external fonts.
const PATHS = {
  new: 'M4 1.5h5l3 3v10H4zM9 1.5v3h3M8 7.5v5M5.5 10h5',
  open: 'M1.5 4V13h11l2-6H4L2.5 13M1.5 4V2.5h4l1.5 1.5h5.5V7',
  save: 'M2 2h9.5L14 4.5V14H2zM4.5 2v4h6V2M4.5 14V9.5h7V14',
  saveAs: 'M2 2h9.5L14 4.5V8M2 2v12h6M4.5 2v4h6V2M10 14l1-3 3-3 1 1-3 3z',
  recent: 'M8 2.5a5.5 5.5 0 1 1-5.2 3.7M2.5 2.5v3.5H6M8 5v3.5l2.5 1.5',
  undo: 'M5.5 3 2.5 6l3 3M2.5 6h7a4 4 0 0 1 0 8H6',
  redo: 'M10.5 3l3 3-3 3M13.5 6h-7a4 4 0 0 0 0 8H10',
  presets: 'M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z',
  generate: 'M2.5 2.5h11v11h-11zM5.5 5.5h.01M10.5 5.5h.01M8 8h.01M5.5 10.5h.01M10.5 10.5h.01',
  play: 'M4.5 2.5v11l9-5.5z',
  pause: 'M5 3v10M11 3v10',
  step: 'M3.5 3v10l7-5zM12.5 3v10',
  zoomIn: 'M2.5 7a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0M10.3 10.3 14 14M5 7h4M7 5v4',
  zoomOut: 'M2.5 7a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0M10.3 10.3 14 14M5 7h4',
  fit: 'M2 5.5V2h3.5M10.5 2H14v3.5M14 10.5V14h-3.5M5.5 14H2v-3.5',
  stop: 'M3.5 3.5h9v9h-9z',
  view: 'M2 4h12M2 8h12M2 12h12M5 2.5v3M11 6.5v3M7 10.5v3',
  plus: 'M8 3v10M3 8h10',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.5 6.5v5M9.5 6.5v5',
  up: 'M8 13V3M3.5 7.5 8 3l4.5 4.5',
  down: 'M8 3v10M3.5 8.5 8 13l4.5-4.5',
  chevronRight: 'M6 3.5 10.5 8 6 12.5',
  chevronDown: 'M3.5 6 8 10.5 12.5 6',
  machine:
    'M4 4h8v8H4zM6 6h4v4H6zM6 1.5V4M10 1.5V4M6 12v2.5M10 12v2.5M1.5 6H4M1.5 10H4M12 6h2.5M12 10h2.5',
  scheduler: 'M2 3.5h12M2 8h8M2 12.5h5M12 10l2 2.5-2 2.5',
  process: 'M2 3.5h12v9H2zM2 6h12',
  thread: 'M2 4h3l2 4 2-4h5M2 12h12',
  coroutine: 'M4 8a2 2 0 1 0 4 0 2 2 0 1 0-4 0M10 8a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0M1.5 8H4',
  device: 'M2 5h12v6H2zM11 8h.01M4 8h4',
  lock: 'M3.5 7h9v7h-9zM5.5 7V5a2.5 2.5 0 0 1 5 0v2M8 9.5v2',
  channel: 'M1.5 5.5h13v5h-13zM5 5.5v5M8 5.5v5M11 5.5v5M12.5 2.5l2 3M12.5 13.5l2-3',
  node: 'M2.5 2.5h11v4h-11zM2.5 9.5h11v4h-11zM5 4.5h.01M5 11.5h.01',
  network:
    'M8 2a1.5 1.5 0 1 0 .01 0M3 11a1.5 1.5 0 1 0 .01 0M13 11a1.5 1.5 0 1 0 .01 0M8 5 3.8 10M8 5l4.2 5M4.5 12.5h7',
  service: 'M2 4.5h12v7H2zM5 4.5v7M8 4.5v7M11 4.5v7',
  request: 'M1.5 8h10M8.5 4.5 12 8l-3.5 3.5M14 3v10',
  fault: 'M9 1.5 4 9h4l-1 5.5L12 7H8z',
  scenario: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5',
  warning: 'M8 2 14.5 13.5h-13zM8 6.5v3.5M8 12h.01',
  home: 'M2 8 8 2.5 14 8M3.5 6.5V14h9V6.5M6.5 14v-4h3v4',
  close: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  check: 'M2.5 8.5 6 12l7.5-8',
  export: 'M8 10V2M4.5 5.5 8 2l3.5 3.5M2.5 9v4.5h11V9',
  more: 'M2 8a1 1 0 1 0 2 0 1 1 0 1 0-2 0M7 8a1 1 0 1 0 2 0 1 1 0 1 0-2 0M12 8a1 1 0 1 0 2 0 1 1 0 1 0-2 0'
} as const

export type IconName = keyof typeof PATHS

interface IconProps {
  name: IconName
  size?: number
  className?: string
}

/** Decorative: the button or item that holds it carries the accessible name. */
export function Icon({ name, size = 16, className }: IconProps) {
  return (
    <svg
      className={`icon ${className ?? ''}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
