import { useApp } from '../../app/hooks'
import { GenerateDialog } from '../generate/GenerateDialog'
import { PresetGallery } from '../presets/PresetGallery'
import { ConfirmDiscardDialog } from './ConfirmDiscardDialog'
import { OpenProblemsDialog } from './OpenProblemsDialog'

/** The one modal dialog open at a time (the store says which). */
export function DialogHost() {
  const dialog = useApp((s) => s.dialog)
  switch (dialog.kind) {
    case 'none':
      return null
    case 'presets':
      return <PresetGallery />
    case 'generate':
      return <GenerateDialog />
    case 'open-problems':
      return (
        <OpenProblemsDialog
          fileName={dialog.fileName}
          problems={dialog.problems}
          opened={dialog.opened ?? false}
        />
      )
    case 'confirm-discard':
      return <ConfirmDiscardDialog proceed={dialog.proceed} />
  }
}
