// A result's channel rows, read so that a result from before channels existed (an older saved
// result, a compare variant) has none instead of breaking the tables.
import type { ChannelRow, SimResult } from '../../../../sim-core'

export type { ChannelRow }

export function resultChannels(result: SimResult): readonly ChannelRow[] {
  return Array.isArray(result.channels) ? result.channels : []
}
