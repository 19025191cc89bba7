import type { MessageKey } from '../../i18n/translate'

export const TABS = [
  { id: 'timeline', label: 'res.tab.timeline' },
  // Only for a cluster run (a scenario with `nodes`): see tabsFor().
  { id: 'requests', label: 'res.tab.requests' },
  { id: 'utilization', label: 'res.tab.utilization' },
  { id: 'metrics', label: 'res.tab.metrics' },
  { id: 'compare', label: 'res.tab.compare' }
] as const satisfies readonly { id: string; label: MessageKey }[]

export type TabId = (typeof TABS)[number]['id']

/** The tabs a run shows: Requests only for a cluster run. */
export function tabsFor(cluster: boolean): readonly (typeof TABS)[number][] {
  return cluster ? TABS : TABS.filter((t) => t.id !== 'requests')
}
