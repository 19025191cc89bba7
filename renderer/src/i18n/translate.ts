// translate(): a dictionary lookup with `{name}` parameters. Pure, so tests and non-React code
// (notices, file names) can use it.
import { en, type MessageKey } from './en'
import type { Language } from './language'
import { zh } from './zh'

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { en, zh }

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

export function translate(language: Language, key: MessageKey, params?: Params): string {
  let text: string = DICTIONARIES[language][key] ?? en[key]
  if (text.includes('|')) {
    // `one|other`: the singular only for a count of exactly 1 (a count that is not a number,
    // like a dash for "unknown", reads as plural).
    const [one, other] = text.split('|')
    text = params?.count === 1 ? one : (other ?? one)
  }
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params)
}

/** Locale tag for Intl formatting. */
export function localeOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-US'
}

export type { MessageKey }
