// What the whole UI shares: the store, the files implementation and the storage autosave,
// recent files and preferences use. Provided once by <App>; tests pass their own.
import { createContext, useContext } from 'react'
import type { ScenarioFiles } from '../files/files'
import type { AppStore } from '../store/store'

export interface Services {
  store: AppStore
  files: ScenarioFiles
  storage: Storage | null
  /** This tab's sessionStorage (autosave remembers the tab's document there); absent in tests. */
  session?: Storage | null
}

export const ServicesContext = createContext<Services | null>(null)

export function useServices(): Services {
  const s = useContext(ServicesContext)
  if (!s) throw new Error('useServices() outside <App>')
  return s
}
