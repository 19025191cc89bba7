import type { MessageKey } from '../../i18n/translate'

export const TABS = [
  { id: 'timeline', label: 'res.tab.timeline' },
  { id: 'utilization', label: 'res.tab.utilization' },
  { id: 'metrics', label: 'res.tab.metrics' },
  { id: 'compare', label: 'res.tab.compare' }
] as const satisfies readonly { id: string; label: MessageKey }[]

export type TabId = (typeof TABS)[number]['id']
