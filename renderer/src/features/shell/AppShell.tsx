import './shell.css'
import { useState } from 'react'
import { useApp, useT } from '../../app/hooks'
import { openFailed, useCommands } from '../../app/commands'
import { useServices } from '../../app/services'
import { useDocumentEffects } from '../../app/use-document-effects'
import { useMenuCommands } from '../../app/use-menu-commands'
import { useShortcuts } from '../../app/use-shortcuts'
import { readFileText } from '../../files/browser-files'
import { useIncomingDocuments } from '../../files/incoming-documents'
import { StartPage } from '../start/StartPage'
import { DialogHost } from './DialogHost'
import { Workbench } from './Workbench'

/** The whole window: start page or workbench, dialogs above them, files dropped anywhere. */
export function AppShell() {
  const services = useServices()
  const commands = useCommands()
  const t = useT()
  const screen = useApp((s) => s.screen)
  const dialogOpen = useApp((s) => s.dialog.kind !== 'none')
  const [dragging, setDragging] = useState(false)
  useDocumentEffects(services)
  useShortcuts(services.store, commands)
  useMenuCommands(services.store, commands)
  useIncomingDocuments(services.store, commands)

  const hasFiles = (e: React.DragEvent) => [...e.dataTransfer.types].includes('Files')
  return (
    <>
      <div
        className="app"
        inert={dialogOpen}
        onDragOver={(e) => {
          if (!hasFiles(e)) return
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false)
        }}
        onDrop={(e) => {
          if (!hasFiles(e)) return
          e.preventDefault()
          setDragging(false)
          const file = e.dataTransfer.files[0]
          if (!file) return
          void readFileText(file).then((outcome) => {
            if (outcome.kind === 'opened') commands.openText(outcome.file.name, outcome.file.text)
            else if (outcome.kind === 'failed')
              openFailed(services.store, outcome.name ?? file.name, outcome.message)
          })
        }}
      >
        {screen === 'start' ? <StartPage /> : <Workbench />}
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            {t('files.dropHint')}
          </div>
        )}
      </div>
      <DialogHost />
    </>
  )
}
