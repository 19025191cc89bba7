// The page's side of incoming documents and crash recovery: it takes what waited for it, and
// hands main its autosave record to keep in userData/recovery/.
import type { IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { LIMITS } from '../../sim-core/scenario/limits'
import type { DocumentInbox } from '../documents'
import type { Handlers } from './register'

export interface DocumentDeps {
  inbox: Pick<DocumentInbox, 'take'>
  writeRecovery(event: IpcMainInvokeEvent, record: string): Promise<void>
}

export function documentHandlers(
  deps: DocumentDeps
): Pick<Handlers, 'document:pending' | 'recovery:write'> {
  return {
    'document:pending': {
      args: z.tuple([]),
      async handle(event) {
        return { ok: true, value: deps.inbox.take(event.sender.id) }
      }
    },
    'recovery:write': {
      args: z.tuple([z.string().max(LIMITS.maxFileBytes)]),
      async handle(event, record) {
        await deps.writeRecovery(event, record)
        return { ok: true, value: null }
      }
    }
  }
}
