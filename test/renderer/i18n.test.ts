import { describe, expect, it } from 'vitest'
import { en } from '../../renderer/src/i18n/en'
import { languageFromLocale } from '../../renderer/src/i18n/language'
import { translate } from '../../renderer/src/i18n/translate'
import { zh } from '../../renderer/src/i18n/zh'

const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

describe('languages', () => {
  it('has a Chinese text for every English key, and no others', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const [k, v] of Object.entries(zh)) expect(v.trim(), k).not.toBe('')
  })

  it('uses the same parameters in both languages', () => {
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(params(zh[k]), k).toEqual(params(en[k]))
    }
  })

  it('uses the textbook Chinese OS terms', () => {
    const all = Object.values(zh).join('\n')
    for (const term of ['进程', '线程', '协程', '抢占', '时间片', '上下文切换', '利用率']) {
      expect(all).toContain(term)
    }
    expect(zh['toolbar.quantum']).toBe('时间片')
    expect(zh['state.contextSwitch']).toBe('上下文切换')
    expect(zh['res.tab.utilization']).toBe('利用率')
  })

  it('picks the language from the locale and fills in parameters', () => {
    expect(languageFromLocale('zh-CN')).toBe('zh')
    expect(languageFromLocale('zh-TW')).toBe('zh')
    expect(languageFromLocale('en-GB')).toBe('en')
    expect(languageFromLocale(undefined)).toBe('en')
    expect(translate('en', 'panel.problems', { count: 3 })).toBe('Problems (3)')
    expect(translate('zh', 'panel.problems', { count: 3 })).toBe('问题（3）')
  })
})

describe('plurals', () => {
  it('chooses singular or plural English by count; Chinese has one form', () => {
    expect(translate('en', 'status.problems', { count: 1 })).toBe('1 problem')
    expect(translate('en', 'status.problems', { count: 2 })).toBe('2 problems')
    expect(translate('zh', 'status.problems', { count: 1 })).toBe('1 个问题')
  })
})
