import './tree.css'
import { useEffect, useRef, useState } from 'react'
import { useApp, useT, useValidation } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { canMove, deleteBlocker, move, remove } from '../../scenario/edits'
import { textErrorsUnder } from '../../store/text-errors-slice'
import type { Selection } from '../../scenario/selection'
import { rowKey, treeRows, type TreeRow } from './tree-model'

/**
 * The scenario as a tree (ARIA treeview, one tab stop): arrows move the selection, Left/Right
 * collapse and expand, Home/End jump, Alt+Up/Down reorder processes, threads and coroutines,
 * Delete removes one (a process, thread, coroutine or cluster node).
 */
export function ScenarioTree() {
  const t = useT()
  const draft = useApp((s) => s.draft)
  const selection = useApp((s) => s.selection)
  const select = useApp((s) => s.select)
  const editDraft = useApp((s) => s.editDraft)
  const validation = useValidation()
  const opsTextErrors = useApp((s) => s.opsTextErrors)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const rows = treeRows(draft, collapsed, t)
  const selectedKey = rowKey(selection)
  const items = useRef(new Map<string, HTMLDivElement>())
  const treeRef = useRef<HTMLDivElement>(null)
  // The selected row may be hidden inside a collapsed parent: the first row then takes focus.
  const focusKey = rows.some((r) => r.key === selectedKey) ? selectedKey : rows[0]?.key

  // Set by Delete: rows are keyed by position, so removing the last child removes the focused
  // element itself and the browser moves focus to <body>, out of the tree.
  const refocus = useRef(false)

  useEffect(() => {
    // Keep keyboard focus on the selected row when the selection moved from inside the tree.
    if ((refocus.current || treeRef.current?.contains(document.activeElement)) && focusKey) {
      items.current.get(focusKey)?.focus()
    }
    refocus.current = false
  }, [focusKey, draft])

  const toggle = (key: string, open?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev)
      const isOpen = !next.has(key)
      if (open ?? !isOpen) next.delete(key)
      else next.add(key)
      return next
    })

  const apply = (result: { draft: typeof draft; select: Selection } | null) => {
    if (!result) return
    editDraft(() => result.draft)
    select(result.select)
  }

  const onKeyDown = (e: React.KeyboardEvent, row: TreeRow, index: number) => {
    const go = (i: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, i))]
      if (target) select(target.selection)
    }
    const s = row.selection
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const delta = e.key === 'ArrowUp' ? -1 : 1
      if (canMove(draft, s, delta)) apply(move(draft, s, delta))
    } else if (e.key === 'ArrowDown') go(index + 1)
    else if (e.key === 'ArrowUp') go(index - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(rows.length - 1)
    else if (e.key === 'ArrowRight') {
      if (row.hasChildren && collapsed.has(row.key)) toggle(row.key, true)
      else if (row.hasChildren) go(index + 1)
    } else if (e.key === 'ArrowLeft') {
      if (row.hasChildren && !collapsed.has(row.key)) toggle(row.key, false)
      else {
        const parent = rows.find((r) => r.key === row.parentKey)
        if (parent) select(parent.selection)
      }
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      if (!deleteBlocker(draft, s)) {
        refocus.current = true
        apply(remove(draft, s))
      }
    } else return
    e.preventDefault()
  }

  return (
    <div ref={treeRef} role="tree" aria-label={t('tree.label')} className="tree">
      {rows.map((row, index) => {
        const open = row.hasChildren && !collapsed.has(row.key)
        const problems =
          validation.countUnder(row.path) + textErrorsUnder({ opsTextErrors }, row.path)
        const selected = row.key === selectedKey
        return (
          <div
            key={row.key}
            ref={(el) => {
              if (el) items.current.set(row.key, el)
              else items.current.delete(row.key)
            }}
            role="treeitem"
            aria-level={row.level}
            aria-selected={selected}
            aria-expanded={row.hasChildren ? open : undefined}
            tabIndex={row.key === focusKey ? 0 : -1}
            className={`tree-row${selected ? ' selected' : ''}`}
            style={{ paddingLeft: 6 + (row.level - 1) * 14 }}
            onClick={() => select(row.selection)}
            onKeyDown={(e) => onKeyDown(e, row, index)}
          >
            <span
              className="tree-twisty"
              onClick={(e) => {
                if (!row.hasChildren) return
                e.stopPropagation()
                toggle(row.key)
              }}
            >
              {row.hasChildren && <Icon name={open ? 'chevronDown' : 'chevronRight'} size={12} />}
            </span>
            <Icon name={row.icon} className="tree-icon" />
            <span className="tree-label">{row.label}</span>
            {row.detail && <span className="tree-detail">{row.detail}</span>}
            {problems > 0 && (
              <span className="badge badge-error" title={t('tree.problems', { count: problems })}>
                <span className="visually-hidden">{t('tree.problems', { count: problems })}</span>
                <span aria-hidden="true">{problems}</span>
              </span>
            )}
          </div>
        )
      })}
    </div>
  )
}
