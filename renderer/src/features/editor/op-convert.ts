// Changing an op row's type keeps what still makes sense: the number (cpu 5 → io 5), the
// device between io and await, the channel between send and recv, a timeout where the new op
// takes one, and an op turned into `repeat` becomes its body.
import { opVerb, type OpDraft, type OpVerb } from '../../scenario/draft'

function numberOf(op: OpDraft): number | undefined {
  for (const k of ['cpu', 'io', 'sleep', 'await'] as const) {
    const v = (op as Record<string, unknown>)[k]
    if (typeof v === 'number') return v
  }
  return undefined
}

export function convertOp(
  op: OpDraft,
  verb: OpVerb,
  lockNames: readonly string[],
  channelNames: readonly string[] = []
): OpDraft {
  if (opVerb(op) === verb) return op
  const n = numberOf(op) ?? 1
  const device = 'device' in op && op.device !== undefined ? { device: op.device } : {}
  const lockName = 'lock' in op ? op.lock : 'unlock' in op ? op.unlock : (lockNames[0] ?? '')
  // send ↔ recv keeps the channel; a timeout stays when the new op can time out.
  const channel = 'send' in op ? op.send : 'recv' in op ? op.recv : (channelNames[0] ?? '')
  const timeout = 'timeout' in op && op.timeout !== undefined ? { timeout: op.timeout } : {}
  switch (verb) {
    case 'cpu':
      return { cpu: Math.max(1, n) }
    case 'io':
      return { io: n, ...device }
    case 'await':
      return { await: n, ...device, ...timeout }
    case 'sleep':
      return { sleep: n }
    case 'lock':
      return { lock: lockName, ...timeout }
    case 'send':
      return { send: channel }
    case 'recv':
      return { recv: channel, ...timeout }
    case 'unlock':
      return { unlock: lockName }
    case 'yield':
      return { yield: true }
    case 'repeat':
      return { repeat: 2, ops: 'repeat' in op ? op.ops : [op] }
  }
}

/** The op list at a path, read defensively (a recovered draft may hold anything). */
export function asOps(v: unknown): OpDraft[] {
  return Array.isArray(v) ? (v.filter((o) => o !== null && typeof o === 'object') as OpDraft[]) : []
}
