// The result rows of issue 14 (CONTRACT14), read so a result from before channels existed
// (an older saved result, a compare variant) has none instead of breaking the tables.
import type { SimResult } from '../../../../sim-core'

export interface ChannelRow {
  name: string
  capacity: number
  sends: number
  receives: number
  peakOccupancy: number
  sendWait: number
  recvWait: number
  timeouts: number
}

export function resultChannels(result: SimResult): readonly ChannelRow[] {
  const list = (result as unknown as { channels?: unknown }).channels
  return Array.isArray(list) ? (list as ChannelRow[]) : []
}
