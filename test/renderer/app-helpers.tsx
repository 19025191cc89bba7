// Renders the whole renderer app with in-memory services and a scripted files implementation.
import { render } from '@testing-library/react'
import { App } from '../../renderer/src/App'
import type { Services } from '../../renderer/src/app/services'
import type { OpenOutcome, ScenarioFiles } from '../../renderer/src/files/files'
import { createAppStore, type StoreOptions } from '../../renderer/src/store/store'
import { MemoryStorage } from './helpers'

export interface FakeFiles extends ScenarioFiles {
  /** What the next open() returns. */
  nextOpen: OpenOutcome
  saved: { name: string; text: string; saveAs: boolean }[]
}

export function fakeFiles(): FakeFiles {
  const files: FakeFiles = {
    mode: 'browser',
    nextOpen: { kind: 'cancelled' },
    saved: [],
    open: async () => files.nextOpen,
    save: async (name, text, saveAs) => {
      files.saved.push({ name, text, saveAs })
      return { kind: 'saved', name }
    }
  }
  return files
}

export function renderApp(options: StoreOptions = {}, storage = new MemoryStorage()) {
  const files = fakeFiles()
  const store = createAppStore({ storage, locale: 'en-US', ...options })
  const services: Services = { store, files, storage }
  const view = render(<App services={services} />)
  return { ...view, store, files, storage }
}
