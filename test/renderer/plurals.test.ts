// Counts read as English in the app: "1 core", never "1 cores"; a count that is not a number
// (a dash while the field is invalid) takes the plural and never shows both forms.
import { describe, expect, it } from 'vitest'
import { translate } from '../../renderer/src/i18n/translate'

describe('plural forms', () => {
  it('machine note: 1 core, 2 cores, — cores', () => {
    expect(translate('en', 'machine.coresNote', { count: 1 })).toBe(
      '1 core — change the number in the toolbar.'
    )
    expect(translate('en', 'machine.coresNote', { count: 2 })).toBe(
      '2 cores — change the number in the toolbar.'
    )
    expect(translate('en', 'machine.coresNote', { count: '—' })).toBe(
      '— cores — change the number in the toolbar.'
    )
    expect(translate('zh', 'machine.coresNote', { count: 1 })).toBe('1 个核——在工具栏中修改核数。')
  })

  it('timeline: +1 more process, +2 more processes', () => {
    expect(translate('en', 'tl.moreProcesses', { count: 1 })).toBe('+1 more process')
    expect(translate('en', 'tl.moreProcesses', { count: 2 })).toBe('+2 more processes')
  })
})
