import type { Problem } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { Dialog } from '../../components/Dialog'
import { problemToString } from '../../store/validation'

/**
 * Why a file was not opened (it is not a scenario at all), every reason with its path; the open
 * document is untouched. With `opened`, the file did open, and these are the parts of it the
 * editor had to replace (a list or an object of the wrong kind).
 */
export function OpenProblemsDialog({
  fileName,
  problems,
  opened
}: {
  fileName: string
  problems: Problem[]
  opened: boolean
}) {
  const t = useT()
  const close = useApp((s) => s.closeDialog)
  const title = opened
    ? t('files.repairedTitle', { name: fileName })
    : t('files.problemsTitle', { name: fileName })
  return (
    <Dialog
      title={title}
      onClose={close}
      closeLabel={t('dialog.close')}
      alert
      footer={
        <button type="button" className="button primary" onClick={close} data-autofocus>
          {t('dialog.close')}
        </button>
      }
    >
      <p>
        {opened
          ? t('files.repairedBody', { count: problems.length })
          : t('files.problemsBody', { count: problems.length })}
      </p>
      <ul className="problem-list file-problems" aria-label={title}>
        {problems.map((p, i) => (
          <li key={i} className="mono">
            {problemToString(p)}
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
