import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import {
  canMove,
  deleteBlocker,
  duplicate,
  move,
  remove,
  type EditResult
} from '../../scenario/edits'
import type { Selection } from '../../scenario/selection'

/** Duplicate, reorder and delete the selected process, thread or coroutine. */
export function ItemActions({ selection }: { selection: Selection }) {
  const t = useT()
  const draft = useApp((s) => s.draft)
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  const apply = (r: EditResult | null) => {
    if (!r) return
    editDraft(() => r.draft)
    select(r.select)
  }
  const blocker = deleteBlocker(draft, selection)
  const blockerText =
    blocker === 'last-process'
      ? t('item.lastProcess')
      : blocker === 'last-thread'
        ? t('item.lastThread')
        : undefined
  return (
    <div className="item-actions" role="group" aria-label={t('panel.inspector')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('item.duplicate')}
        title={t('item.duplicate')}
        onClick={() => apply(duplicate(draft, selection))}
      >
        <Icon name="copy" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('item.moveUp')}
        title={t('item.moveUp')}
        disabled={!canMove(draft, selection, -1)}
        onClick={() => apply(move(draft, selection, -1))}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('item.moveDown')}
        title={t('item.moveDown')}
        disabled={!canMove(draft, selection, 1)}
        onClick={() => apply(move(draft, selection, 1))}
      >
        <Icon name="down" />
      </button>
      <button
        type="button"
        className="icon-button danger"
        aria-label={t('item.delete')}
        title={blockerText ?? t('item.delete')}
        disabled={blocker !== null}
        onClick={() => apply(remove(draft, selection))}
      >
        <Icon name="trash" />
      </button>
    </div>
  )
}
