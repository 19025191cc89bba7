import './start.css'
import { useId } from 'react'
import { useApp, useT } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { Icon, type IconName } from '../../components/Icon'
import { PresetCards } from '../presets/PresetCards'
import { ViewMenu } from '../../components/ViewMenu'
import { RecentList } from './RecentList'
import { AutosavedDrafts } from './AutosavedDrafts'

function Action({
  icon,
  title,
  hint,
  onClick
}: {
  icon: IconName
  title: string
  hint: string
  onClick: () => void
}) {
  const id = useId()
  return (
    <li>
      <button
        type="button"
        className="start-action"
        onClick={onClick}
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-h`}
      >
        <Icon name={icon} size={20} />
        <span id={`${id}-t`} className="start-action-title">
          {title}
        </span>
        <span id={`${id}-h`} className="start-action-hint">
          {hint}
        </span>
      </button>
    </li>
  )
}

/** First launch: presets to start from, New, Open…, Generate, recent files (UX.md "First launch"). */
export function StartPage() {
  const t = useT()
  const commands = useCommands()
  const canReturn = useApp((s) => s.canReturn)
  const setScreen = useApp((s) => s.setScreen)
  const openDialog = useApp((s) => s.openDialog)
  return (
    <div className="start">
      <header className="start-header">
        <div className="start-brand">
          <span className="brand-mark large" aria-hidden="true" />
          <div>
            <h1>{t('app.name')}</h1>
            <p className="muted">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="start-header-actions">
          {canReturn && (
            <button type="button" className="button" onClick={() => setScreen('workbench')}>
              {t('start.backToEditor')}
            </button>
          )}
          <ViewMenu panels={false} />
        </div>
      </header>
      <main className="start-body">
        <AutosavedDrafts />
        <div className="start-columns">
          <section className="start-presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{t('start.presets')}</h2>
            <p className="muted">{t('start.presetsHint')}</p>
            <PresetCards />
          </section>
          <div className="start-side">
            <section className="start-section" aria-labelledby="begin-title">
              <h2 id="begin-title">{t('start.begin')}</h2>
              <ul className="start-actions">
                <Action
                  icon="new"
                  title={t('start.new')}
                  hint={t('start.newHint')}
                  onClick={commands.newScenario}
                />
                <Action
                  icon="open"
                  title={t('start.open')}
                  hint={t('start.openHint')}
                  onClick={() => void commands.openScenario()}
                />
                <Action
                  icon="generate"
                  title={t('start.generate')}
                  hint={t('start.generateHint')}
                  onClick={() => openDialog({ kind: 'generate' })}
                />
              </ul>
            </section>
            <RecentList />
          </div>
        </div>
      </main>
    </div>
  )
}
