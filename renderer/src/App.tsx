// The global base (variables, controls, fields) first: each feature's own styles come after it.
import './styles/app.css'
import { useState } from 'react'
import { ServicesContext, type Services } from './app/services'
import { defaultFiles } from './files/files'
import { AppShell } from './features/shell/AppShell'
import { createWorkerRunController } from './sim/worker-run-controller'
import { createAppStore } from './store/store'

function defaultServices(): Services {
  let storage: Storage | null = null
  let session: Storage | null = null
  try {
    storage = window.localStorage
    session = window.sessionStorage
  } catch {
    // Storage disabled (private mode policies): autosave and preferences stay in memory.
  }
  // Runs happen in a Web Worker: the window stays responsive and Cancel terminates the run.
  return {
    store: createAppStore({ storage, createRunController: createWorkerRunController }),
    files: defaultFiles(),
    storage,
    session
  }
}

/** SchedLab's renderer. Tests pass their own services (store, files, storage). */
export function App({ services }: { services?: Services }) {
  const [value] = useState(() => services ?? defaultServices())
  return (
    <ServicesContext.Provider value={value}>
      <AppShell />
    </ServicesContext.Provider>
  )
}
