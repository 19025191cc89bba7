import type { Problem } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { repairMessage } from '../../files/draft-shape'
import { problemMessage } from '../../i18n/problem-message'
import type { Translate } from '../../i18n/translate'
import { GenerateDialog } from '../generate/GenerateDialog'
import { PresetGallery } from '../presets/PresetGallery'
import { ConfirmDiscardDialog } from './ConfirmDiscardDialog'
import { OpenProblemsDialog } from './OpenProblemsDialog'

/** `path: message` in the app's language, as the CLI prints it in English. */
const problemLine = (p: Problem, t: Translate): string =>
  p.path ? `${p.path}: ${problemMessage(p, t)}` : problemMessage(p, t)

/** The one modal dialog open at a time (the store says which). */
export function DialogHost() {
  const t = useT()
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
          lines={dialog.problems.map((p) => problemLine(p, t))}
          opened={false}
        />
      )
    case 'open-repairs':
      return (
        <OpenProblemsDialog
          fileName={dialog.fileName}
          lines={dialog.repairs.map((r) => repairMessage(r, t))}
          opened
        />
      )
    case 'confirm-discard':
      return <ConfirmDiscardDialog proceed={dialog.proceed} />
  }
}
