// The one way main sends an event to a page, so every push matches PushMap.
import type { WebContents } from 'electron'
import type { PushChannel, PushMap } from './contract'

export function push<C extends PushChannel>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: C,
  ...args: PushMap[C]
): void {
  // A window closing between the click and the send has no page left to tell.
  if (!contents.isDestroyed()) contents.send(channel, ...args)
}
