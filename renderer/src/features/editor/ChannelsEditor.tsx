import { useState } from 'react'
import { useApp, useT } from '../../app/hooks'
import { Field } from '../../components/Field'
import { useFieldProblems } from '../../components/field-hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { addChannel, draftChannels, removeChannel, renameChannel } from '../../scenario/channels'
import { formatPath } from '../../scenario/paths'
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
            <ChannelName index={i} name={typeof ch.name === 'string' ? ch.name : ''} />
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

/**
 * The name box keeps what is typed to itself and renames on Enter or when it loses focus: a
 * rename that followed every keystroke would pass through names of other channels ("ab" → "a")
 * and could not tell afterwards whose sends were whose.
 */
function ChannelName({ index, name }: { index: number; name: string }) {
  const t = useT()
  const editDraft = useApp((s) => s.editDraft)
  const path = ['channels', index, 'name']
  const problems = useFieldProblems(path)
  const [text, setText] = useState(name)
  const [shown, setShown] = useState(name)
  if (shown !== name) {
    // Renamed elsewhere (undo, the JSON): show the draft's name.
    setShown(name)
    setText(name)
  }
  const commit = () => {
    if (text !== name) editDraft((d) => renameChannel(d, index, text))
  }
  return (
    <Field label={t('channel.name', { n: index + 1 })} problems={problems}>
      {(ids) => (
        <input
          {...ids}
          type="text"
          data-path={formatPath(path)}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
            else if (e.key === 'Escape') setText(name)
          }}
        />
      )}
    </Field>
  )
}
