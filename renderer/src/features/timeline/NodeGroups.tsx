// A cluster run's timeline groups core lanes by node: one toggle per node folds its lanes away
// or brings them back (the canvas draws "▸ node" for a folded group, "▾ node" for an open one).
import { useTranslate } from '../../i18n/context'
import type { NodeGroup } from './layout'
import './node-groups.css'

export interface NodeGroupsProps {
  nodes: readonly NodeGroup[]
  collapsed: ReadonlySet<number>
  onToggle(node: number): void
}

export function NodeGroups({ nodes, collapsed, onToggle }: NodeGroupsProps) {
  const t = useTranslate()
  return (
    <div
      className="sl-node-groups"
      role="group"
      aria-label={t('tl.nodes')}
      data-testid="timeline-node-groups"
    >
      <span className="sl-node-groups-caption">{t('tl.nodes')}</span>
      {nodes.map((n, i) => {
        const open = !collapsed.has(i)
        return (
          <button
            key={n.name}
            type="button"
            className="sl-node-group"
            aria-expanded={open}
            aria-label={t(open ? 'tl.collapseNode' : 'tl.expandNode', { node: n.name })}
            onClick={() => onToggle(i)}
          >
            {open ? '▾' : '▸'} {n.name}
          </button>
        )
      })}
    </div>
  )
}
