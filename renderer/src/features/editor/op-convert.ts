// Changing an op row's type keeps what still makes sense: the number (cpu 5 → io 5), the
// device between io and await, a lock name between lock and unlock (a channel name between send
// and recv), and an op turned into `repeat` becomes its body. The fields come from sim-core's op
// table, so a new op kind converts without a change here.
import { opKindByVerb, opKindOf, type NameRef, type TextArg } from '../../../../sim-core/index'
import type { OpDraft, OpVerb } from '../../scenario/draft'

type Fields = Readonly<Record<string, unknown>>

function numberOf(op: OpDraft): number | undefined {
  const kind = opKindOf(op)
  const arg = kind?.text.find((a) => a.kind === 'number')
  const v = arg && (op as Fields)[arg.field]
  return typeof v === 'number' ? v : undefined
}

/** The op's name of this kind (a lock, a device, a channel), if it has one. */
function nameOf(op: OpDraft, ref: NameRef, kind: TextArg['kind']): string | undefined {
  const arg = opKindOf(op)?.text.find((a) => a.kind === kind && 'ref' in a && a.ref === ref)
  const v = arg && (op as Fields)[arg.field]
  return typeof v === 'string' ? v : undefined
}

export function convertOp(
  op: OpDraft,
  verb: OpVerb,
  lockNames: readonly string[],
  channelNames: readonly string[] = []
): OpDraft {
  if (opKindOf(op)?.verb === verb) return op
  const kind = opKindByVerb(verb)
  if (kind === undefined) return op
  const n = numberOf(op) ?? 1
  const declared = { lock: lockNames, channel: channelNames, device: [] as readonly string[] }
  // A new loop runs its body twice (a loop of one is no loop).
  const isLoop = kind.text.some((a) => a.kind === 'block')
  const out: Record<string, unknown> = {}
  for (const arg of kind.text) {
    switch (arg.kind) {
      case 'number':
        out[arg.field] = isLoop ? 2 : arg.min > 0 ? Math.max(arg.min, n) : n
        break
      case 'name':
        out[arg.field] = nameOf(op, arg.ref, 'name') ?? declared[arg.ref][0] ?? ''
        break
      case 'at': {
        const name = nameOf(op, arg.ref, 'at')
        if (name !== undefined) out[arg.field] = name
        break
      }
      case 'keyword':
        break
      case 'true':
        out[arg.field] = true
        break
      case 'block':
        out[arg.field] = 'repeat' in op ? op.ops : [op]
        break
    }
  }
  return out as OpDraft
}

/** The op list at a path, read defensively (a recovered draft may hold anything). */
export function asOps(v: unknown): OpDraft[] {
  return Array.isArray(v) ? (v.filter((o) => o !== null && typeof o === 'object') as OpDraft[]) : []
}
