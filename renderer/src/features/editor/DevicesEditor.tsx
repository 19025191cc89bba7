import { useApp, useT } from '../../app/hooks'
import { NO_ITEMS } from '../../scenario/draft'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { TextField } from '../../components/TextField'
import { addDevice, removeListItem } from '../../scenario/edits'

/** I/O devices: a name and a number of channels each. */
export function DevicesEditor() {
  const t = useT()
  const devices = useApp((s) => s.draft.devices ?? NO_ITEMS)
  const editDraft = useApp((s) => s.editDraft)
  return (
    <>
      <p className="muted">{t('devices.intro')}</p>
      {devices.length === 0 && <p className="muted">{t('devices.none')}</p>}
      <ul className="list-rows">
        {devices.map((_, i) => (
          <li key={i} className="list-row">
            <TextField path={['devices', i, 'name']} label={t('device.name', { n: i + 1 })} />
            <NumberField
              path={['devices', i, 'channels']}
              label={t('device.channels', { n: i + 1 })}
              placeholder="1"
              min={1}
            />
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('device.delete', { n: i + 1 })}
              title={t('device.delete', { n: i + 1 })}
              onClick={() => editDraft((d) => removeListItem(d, 'devices', i))}
            >
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => editDraft(addDevice)}>
        <Icon name="plus" />
        <span>{t('devices.add')}</span>
      </button>
    </>
  )
}
