import { useApp, useT } from '../../app/hooks'
import { Dialog } from '../../components/Dialog'

/**
 * Why a file was not opened (it is not a scenario at all), every reason with its path; the open
 * document is untouched. With `opened`, the file did open, and these are the parts of it the
 * editor had to replace (a list or an object of the wrong kind).
 */
export function OpenProblemsDialog({
  fileName,
  lines,
  opened
}: {
  fileName: string
  /** One line per problem or replacement, in the app's language. */
  lines: string[]
  opened: boolean
}) {
  const t = useT()
  const close = useApp((s) => s.closeDialog)
  const title = opened
    ? t('files.repairedTitle', { name: fileName })
    : fileName
      ? t('files.problemsTitle', { name: fileName })
      : t('files.problemsTitleUnnamed')
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
          ? t('files.repairedBody', { count: lines.length })
          : t('files.problemsBody', { count: lines.length })}
      </p>
      <ul className="problem-list file-problems" aria-label={title}>
        {lines.map((line, i) => (
          <li key={i} className="mono">
            {line}
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
