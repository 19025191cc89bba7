// Documents main hands to a page without being asked (a launch file, the OS's "open with", a
// restored crash autosave). Until the page has asked for its pending documents they wait here,
// so a file given at launch is not pushed to a page that is still loading.
import type { WebContents } from 'electron'
import type { IncomingDocument } from './ipc/contract'
import { push } from './ipc/push'

type Page = Pick<WebContents, 'id' | 'send' | 'isDestroyed'>

export class DocumentInbox {
  private readonly waiting = new Map<number, IncomingDocument[]>()
  private readonly listening = new Set<number>()

  deliver(page: Page, document: IncomingDocument): void {
    if (this.listening.has(page.id)) push(page, 'document:incoming', document)
    else this.waiting.set(page.id, [...(this.waiting.get(page.id) ?? []), document])
  }

  /** What waited for this page; from now on its documents are pushed. */
  take(pageId: number): IncomingDocument[] {
    this.listening.add(pageId)
    const docs = this.waiting.get(pageId) ?? []
    this.waiting.delete(pageId)
    return docs
  }

  forget(pageId: number): void {
    this.waiting.delete(pageId)
    this.listening.delete(pageId)
  }
}
