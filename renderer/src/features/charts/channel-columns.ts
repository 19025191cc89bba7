// The Metrics table's Channels view: one row per channel (CONTRACT14's ChannelRow).
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'
import { unitLabel } from './format'
import type { Column } from './table-columns'
import type { ChannelRow } from './result-rows'

export function channelColumns(unit: string, lang: Language = 'en'): Column<ChannelRow>[] {
  const u = unitLabel(unit, lang)
  const count = (key: keyof ChannelRow, label: MessageKey): Column<ChannelRow> => ({
    key,
    label: translate(lang, label),
    kind: 'count'
  })
  const time = (key: keyof ChannelRow, label: MessageKey): Column<ChannelRow> => ({
    key,
    label: translate(lang, 'col.withUnit', { label: translate(lang, label), unit: u }),
    head: { name: translate(lang, label), unit: translate(lang, 'col.unit', { unit: u }) },
    kind: 'time'
  })
  return [
    { key: 'name', label: translate(lang, 'col.channel'), kind: 'text' },
    count('capacity', 'col.capacity'),
    count('sends', 'col.sends'),
    count('receives', 'col.receives'),
    count('peakOccupancy', 'col.peakOccupancy'),
    time('sendWait', 'col.sendWait'),
    time('recvWait', 'col.recvWait'),
    count('timeouts', 'col.timeouts')
  ]
}
