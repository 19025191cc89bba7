import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { addChannel, draftChannels, removeChannel, renameChannel } from '../../scenario/channels'
import { CommitNameField } from './CommitNameField'
import './concurrency.css'

/**
 * Channels: a name and a capacity each (0 = rendezvous, n = bounded buffer). Renaming one
 * renames the sends and receives that use it, in the same undo step.
 */
export function ChannelsEditor() {
  const t = useT()
  const channels = useApp((s) => draftChannels(s.draft))
  const editDraft = useApp((s) => s.editDraft)
  return (
    <>
      <p className="muted">{t('channels.intro')}</p>
      {channels.length === 0 && <p className="muted">{t('channels.none')}</p>}
      <ul className="list-rows">
        {channels.map((ch, i) => (
          <li key={i} className="list-row channel-row">
            {/* Renamed on Enter or blur, not per keystroke: passing through another channel's
                name ("ab" → "a") would lose whose sends were whose. */}
            <CommitNameField
              path={['channels', i, 'name']}
              label={t('channel.name', { n: i + 1 })}
              name={typeof ch.name === 'string' ? ch.name : ''}
              rename={(d, name) => renameChannel(d, i, name)}
            />
            <NumberField
              path={['channels', i, 'capacity']}
              label={t('channel.capacity', { n: i + 1 })}
              hint={t('channel.capacityHint')}
              placeholder="0"
              min={0}
            />
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('channel.delete', { n: i + 1 })}
              title={t('channel.delete', { n: i + 1 })}
              onClick={() => editDraft((d) => removeChannel(d, i))}
            >
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => editDraft(addChannel)}>
        <Icon name="plus" />
        <span>{t('channels.add')}</span>
      </button>
    </>
  )
}
