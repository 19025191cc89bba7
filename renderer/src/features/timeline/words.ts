// Plain words for the trace's codes: tooltips, the cursor readout and exports say these, in the
// UI language (the `why.*`, `cls.*` and `ro.short.*` dictionary entries).
import { END_REASON_KEYS } from '../../../../present/end-reasons'
import type { Language } from '../../i18n/language'
import { translate, type MessageKey } from '../../i18n/translate'
import { Cls } from './lane'

export function endReasonWords(code: number, lang: Language = 'en'): string {
  const key = END_REASON_KEYS[code]
  return key ? translate(lang, key) : translate(lang, 'why.other', { code })
}

const CLS_WORDS: Record<number, MessageKey> = {
  [Cls.run]: 'cls.running',
  [Cls.runWarm]: 'cls.runningWarm',
  [Cls.switch]: 'cls.switch',
  [Cls.migration]: 'cls.migration',
  [Cls.held]: 'cls.held',
  [Cls.tRunning]: 'cls.running',
  [Cls.tReady]: 'cls.ready',
  [Cls.tIo]: 'cls.io',
  [Cls.tSleep]: 'cls.sleep',
  [Cls.tLock]: 'cls.lock',
  [Cls.tDevice]: 'cls.device',
  [Cls.tBlocked]: 'cls.blocked',
  [Cls.coSwitch]: 'cls.coSwitch',
  [Cls.tPark]: 'cls.park'
}

export function clsWords(cls: number, lang: Language = 'en'): string {
  return translate(lang, CLS_WORDS[cls] ?? 'cls.unknown')
}

const SHORT_WORDS: Record<number, MessageKey> = {
  [Cls.tIo]: 'ro.short.io',
  [Cls.tSleep]: 'ro.short.sleep',
  [Cls.tLock]: 'ro.short.lock',
  [Cls.tDevice]: 'ro.short.device',
  [Cls.tPark]: 'ro.short.parked'
}

/** Short words for a blocked thread in the readout ("I/O", "sleep"...). */
export function blockedShort(cls: number, lang: Language = 'en'): string {
  return translate(lang, SHORT_WORDS[cls] ?? 'ro.short.blocked')
}
