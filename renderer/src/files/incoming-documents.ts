// Documents the desktop app hands the page (main/documents.ts): a file named at launch or opened
// with SchedLab from the OS opens like any other file (asking first about unsaved changes); one
// main could not read shows why in the problems dialog; a crashed session's autosave, which the
// user chose to restore, comes back as an unsaved document.
import { useEffect } from 'react'
import type { IncomingDocument } from '../../../main/ipc/contract'
import { openFailed, type Commands } from '../app/commands'
import { desktopApi } from '../desktop-api'
import type { AppStore } from '../store/store'
import { parseRecoveredRecord } from './autosave'

export function receiveDocument(
  store: AppStore,
  commands: Commands,
  document: IncomingDocument
): void {
  switch (document.kind) {
    case 'file':
      commands.openText(document.name, document.text)
      return
    case 'unreadable':
      openFailed(store, document.name, document.error)
      return
    case 'recovered': {
      const record = parseRecoveredRecord(document.text)
      if (record) commands.restoreAutosave({ ...record, unsaved: true })
      else openFailed(store, null, 'the recovered autosave is not a scenario')
      return
    }
  }
}

export function useIncomingDocuments(store: AppStore, commands: Commands): void {
  useEffect(() => {
    // Absent in a browser, and in a page whose bridge predates these documents.
    const subscribe = desktopApi()?.onIncomingDocument
    if (!subscribe) return
    return subscribe((document) => receiveDocument(store, commands, document))
  }, [store, commands])
}
