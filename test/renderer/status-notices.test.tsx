// Status-bar notices do not go stale: an info notice expires, an error stays until the next
// notice or until closed, and opening another document or switching language clears it.
import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NOTICE_MS } from '../../renderer/src/features/shell/StatusBar'
import { renderApp } from './app-helpers'
import { sampleDraft } from './helpers'

function open() {
  return renderApp({
    document: { draft: sampleDraft(), source: 'file', fileName: 'sample.json' },
    screen: 'workbench'
  })
}

const notice = () => document.querySelector('.statusbar [role="status"]')
const noticeText = () => notice()?.textContent ?? null
const later = (ms: number) => act(() => vi.advanceTimersByTime(ms))

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('status-bar notices', () => {
  it('lets an info notice expire, in the polite live region that stays in place', () => {
    const { store } = open()
    act(() => store.getState().notify({ tone: 'info', text: 'Loaded the preset “x”.' }))
    const region = notice()
    expect(region?.getAttribute('aria-live')).toBe('polite')
    expect(noticeText()).toBe('Loaded the preset “x”.')
    later(NOTICE_MS - 100)
    expect(noticeText()).toBe('Loaded the preset “x”.')
    later(200)
    expect(noticeText()).toBe('')
    expect(store.getState().notice).toBeNull()
    // The same region, emptied: not removed and re-added, which screen readers may miss.
    expect(notice()).toBe(region)
  })

  it('gives a newer notice its own full time', () => {
    const { store } = open()
    act(() => store.getState().notify({ tone: 'info', text: 'first' }))
    later(NOTICE_MS - 1000)
    act(() => store.getState().notify({ tone: 'info', text: 'second' }))
    later(2000)
    expect(noticeText()).toBe('second')
    later(NOTICE_MS)
    expect(noticeText()).toBe('')
  })

  it('keeps an error until it is closed or replaced', () => {
    const { store } = open()
    act(() => store.getState().notify({ tone: 'error', text: 'Could not save: disk full' }))
    later(NOTICE_MS * 10)
    expect(noticeText()).toBe('Could not save: disk full')
    const bar = document.querySelector('footer.statusbar') as HTMLElement
    fireEvent.click(within(bar).getByRole('button', { name: 'Dismiss the message' }))
    expect(noticeText()).toBe('')
    expect(within(bar).queryByRole('button', { name: 'Dismiss the message' })).toBeNull()

    act(() => store.getState().notify({ tone: 'error', text: 'Could not open: bad file' }))
    act(() => store.getState().notify({ tone: 'info', text: 'Opened good.json.' }))
    expect(noticeText()).toBe('Opened good.json.')
  })

  it('clears the notice when a new scenario replaces the document', () => {
    const { store } = open()
    act(() => store.getState().notify({ tone: 'info', text: 'Loaded the preset “x”.' }))
    fireEvent.click(screen.getByRole('button', { name: 'New scenario' }))
    expect(store.getState().fileName).toBeNull()
    expect(noticeText()).toBe('')
  })

  it('clears the notice when the language changes, not when it is set to the same one', () => {
    const { store } = open()
    act(() => store.getState().notify({ tone: 'error', text: 'Could not save: disk full' }))
    act(() => store.getState().setLanguage('en'))
    expect(noticeText()).toBe('Could not save: disk full')
    act(() => store.getState().setLanguage('zh'))
    expect(noticeText()).toBe('')
    expect(document.querySelector('.statusbar')?.textContent).toContain('有效')
  })
})
