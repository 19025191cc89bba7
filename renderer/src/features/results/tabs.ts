export const TABS = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'utilization', label: 'Utilization' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'compare', label: 'Compare' }
] as const

export type TabId = (typeof TABS)[number]['id']
