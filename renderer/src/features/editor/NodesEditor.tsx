import './cluster.css'
import { useApp, useT } from '../../app/hooks'
import { useServices } from '../../app/services'
import { Icon } from '../../components/Icon'
import { addNode, draftNodes } from '../../scenario/cluster'
import { shownValue } from '../../scenario/draft'

/** A button that adds a node and selects it (one undo step): from Machine, Nodes and the empty cluster pages. */
export function AddNodeButton({ label }: { label: string }) {
  const { store } = useServices()
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        const r = addNode(store.getState().draft)
        editDraft(() => r.draft)
        select({ kind: 'node', n: r.index })
      }}
    >
      <Icon name="plus" />
      <span>{label}</span>
    </button>
  )
}

/** The cluster's nodes: each a machine of its own, opened from here or the tree. */
export function NodesEditor() {
  const t = useT()
  const nodes = useApp((s) => draftNodes(s.draft))
  const select = useApp((s) => s.select)
  return (
    <>
      <p className="muted">{t('nodes.intro')}</p>
      {nodes.length === 0 && <p className="muted">{t('nodes.none')}</p>}
      <ul className="child-list">
        {nodes.map((node, n) => (
          <li key={n}>
            <button
              type="button"
              className="link-button"
              onClick={() => select({ kind: 'node', n })}
            >
              <Icon name="node" size={14} />
              <span>{shownValue(node.name) || `#${n + 1}`}</span>
            </button>
          </li>
        ))}
      </ul>
      <AddNodeButton label={t('nodes.add')} />
    </>
  )
}
