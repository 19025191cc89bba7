import { useApp, useT } from '../../app/hooks'
import { Dialog } from '../../components/Dialog'
import { PresetCards } from './PresetCards'

/** The Presets dialog from the toolbar. */
export function PresetGallery() {
  const t = useT()
  const close = useApp((s) => s.closeDialog)
  return (
    <Dialog title={t('presets.title')} onClose={close} closeLabel={t('dialog.close')} wide>
      <p className="muted">{t('presets.intro')}</p>
      <PresetCards />
    </Dialog>
  )
}
