// One handle() wrapper for every channel: the sender must be our own page, the payload must
// match the channel's schema, and expected failures come back as Result objects, not throws.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { isTrustedUrl } from '../origins'
import type { InvokeChannel, InvokeMap, Result } from './contract'

export interface ChannelSpec<C extends InvokeChannel> {
  args: z.ZodType<InvokeMap[C]['args']>
  handle(event: IpcMainInvokeEvent, ...args: InvokeMap[C]['args']): Promise<InvokeMap[C]['result']>
}

export type Handlers = { [C in InvokeChannel]: ChannelSpec<C> }

/**
 * Our page is app://schedlab or, in an unpackaged run, the dev server (main/origins.ts). A file:
 * page is not ours, whatever it is.
 */
export function isTrustedSender(url: string, devServer: string | undefined): boolean {
  return isTrustedUrl(url, devServer)
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  /** devServerUrl(app): undefined when packaged, whatever the environment says. */
  devServer: string | undefined
): InvokeChannel[] {
  const channels = Object.keys(handlers) as InvokeChannel[]
  for (const channel of channels) {
    const spec = handlers[channel] as ChannelSpec<typeof channel>
    ipcMain.handle(
      channel,
      async (event: IpcMainInvokeEvent, ...raw: unknown[]): Promise<Result<unknown>> => {
        const url = event.senderFrame?.url ?? ''
        if (!isTrustedSender(url, devServer))
          return {
            ok: false,
            error: `${channel}: refused a request from ${url || 'an unknown frame'}`
          }
        const args = spec.args.safeParse(raw)
        if (!args.success) return { ok: false, error: `${channel}: malformed request` }
        try {
          return await (
            spec.handle as (e: IpcMainInvokeEvent, ...a: unknown[]) => Promise<Result<unknown>>
          )(event, ...(args.data as unknown[]))
        } catch (e) {
          return { ok: false, error: `${channel}: ${(e as Error).message}` }
        }
      }
    )
  }
  return channels
}
