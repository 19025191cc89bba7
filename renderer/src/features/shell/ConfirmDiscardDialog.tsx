import { useApp, useT } from '../../app/hooks'
import { Dialog } from '../../components/Dialog'

/** Asked before anything replaces a document with unsaved changes. */
export function ConfirmDiscardDialog({ proceed }: { proceed: () => void }) {
  const t = useT()
  const close = useApp((s) => s.closeDialog)
  const name = useApp((s) => s.draft.name)
  return (
    <Dialog
      title={t('confirm.title')}
      onClose={close}
      closeLabel={t('dialog.close')}
      alert
      footer={
        <>
          <button type="button" className="button" onClick={close} data-autofocus>
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              close()
              proceed()
            }}
          >
            {t('confirm.discard')}
          </button>
        </>
      }
    >
      <p>{t('confirm.body', { name: name ?? '' })}</p>
    </Dialog>
  )
}
