// The desktop window's native menus and dialogs speak the page's language: the page tells main.
import { act } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { LANGUAGES as MAIN_LANGUAGES, type DesktopApi } from '../../main/ipc/contract'
import { LANGUAGES } from '../../renderer/src/i18n/language'
import { renderApp } from './app-helpers'

afterEach(() => {
  delete window.schedlab
})

it('tells main its language when it starts and whenever it changes', () => {
  const setLanguage = vi.fn(async () => ({ ok: true as const, value: null }))
  const api: DesktopApi = {
    openScenario: vi.fn(),
    saveScenario: vi.fn(),
    saveExport: vi.fn(),
    setLanguage,
    onMenuCommand: () => () => {}
  }
  window.schedlab = api
  const { store } = renderApp({ locale: 'zh-CN' })
  expect(setLanguage).toHaveBeenLastCalledWith('zh')
  act(() => store.getState().setLanguage('en'))
  expect(setLanguage).toHaveBeenLastCalledWith('en')
  expect(setLanguage).toHaveBeenCalledTimes(2)
})

it('main knows every language the page speaks (main cannot import the page’s list)', () => {
  expect([...MAIN_LANGUAGES]).toEqual([...LANGUAGES])
})
