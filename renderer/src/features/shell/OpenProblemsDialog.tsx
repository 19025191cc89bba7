import type { Problem } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { Dialog } from '../../components/Dialog'
import { problemToString } from '../../store/validation'

/** Why a file could not be opened: every problem with its path. The open document is untouched. */
export function OpenProblemsDialog({
  fileName,
  problems
}: {
  fileName: string
  problems: Problem[]
}) {
  const t = useT()
  const close = useApp((s) => s.closeDialog)
  return (
    <Dialog
      title={t('files.problemsTitle', { name: fileName })}
      onClose={close}
      closeLabel={t('dialog.close')}
      alert
      footer={
        <button type="button" className="button primary" onClick={close} data-autofocus>
          {t('dialog.close')}
        </button>
      }
    >
      <p>{t('files.problemsBody', { count: problems.length })}</p>
      <ul
        className="problem-list file-problems"
        aria-label={t('files.problemsTitle', { name: fileName })}
      >
        {problems.map((p, i) => (
          <li key={i} className="mono">
            {problemToString(p)}
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
