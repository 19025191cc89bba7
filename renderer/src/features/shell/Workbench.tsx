import { useState } from 'react'
import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { Splitter } from '../../components/Splitter'
import { addProcess } from '../../scenario/edits'
import { useServices } from '../../app/services'
import { Inspector } from '../editor/Inspector'
import { ProblemsPanel } from '../editor/ProblemsPanel'
import { ScenarioTree } from '../editor/ScenarioTree'
import { ResultsRegion } from './ResultsRegion'
import { StatusBar } from './StatusBar'
import { Toolbar } from './Toolbar'

const TREE_MIN = 180
const INSPECTOR_MIN = 280

/** Toolbar on top; scenario tree, results and inspector side by side; status bar below. */
export function Workbench() {
  const t = useT()
  const { store } = useServices()
  const layout = useApp((s) => s.layout)
  const setLayout = useApp((s) => s.setLayout)
  const editDraft = useApp((s) => s.editDraft)
  const select = useApp((s) => s.select)
  // The toolbar's Export slot: the results pane renders its Export menu there.
  const [exportSlot, setExportSlot] = useState<HTMLElement | null>(null)
  // The side panes give way down to their splitters' minimums, so that all three fit the
  // desktop window's minimum width (900 px, main/window-state.ts); narrower, the panes scroll.
  const columns = [
    layout.showTree ? `minmax(${TREE_MIN}px, ${layout.treeWidth}px) 5px` : '',
    'minmax(320px, 1fr)',
    layout.showInspector ? `5px minmax(${INSPECTOR_MIN}px, ${layout.inspectorWidth}px)` : ''
  ].join(' ')
  const onAddProcess = () => {
    const r = addProcess(store.getState().draft)
    editDraft(() => r.draft)
    select(r.select)
  }
  return (
    <div className="workbench">
      <Toolbar exportSlotRef={setExportSlot} />
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        {layout.showTree && (
          <>
            <nav className="pane pane-tree" aria-labelledby="tree-title">
              <header className="pane-header">
                <h2 id="tree-title" className="panel-title">
                  {t('panel.tree')}
                </h2>
                <button type="button" className="tool-button small" onClick={onAddProcess}>
                  <Icon name="plus" size={14} />
                  <span>{t('tree.addProcess')}</span>
                </button>
              </header>
              <ScenarioTree />
              <p className="pane-footer muted">{t('tree.keysHint')}</p>
            </nav>
            <Splitter
              label={t('panel.resizeTree')}
              value={layout.treeWidth}
              min={TREE_MIN}
              max={520}
              direction={1}
              onChange={(v) => setLayout({ treeWidth: v })}
            />
          </>
        )}
        <main className="pane pane-results">
          <ResultsRegion exportSlot={exportSlot} />
        </main>
        {layout.showInspector && (
          <>
            <Splitter
              label={t('panel.resizeInspector')}
              value={layout.inspectorWidth}
              min={INSPECTOR_MIN}
              max={720}
              direction={-1}
              onChange={(v) => setLayout({ inspectorWidth: v })}
            />
            <aside className="pane pane-inspector" aria-label={t('panel.inspector')}>
              <Inspector />
              <ProblemsPanel />
            </aside>
          </>
        )}
      </div>
      <StatusBar />
    </div>
  )
}
