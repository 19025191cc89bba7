// Channels in the draft (SCENARIO.md §2b): the top-level list, and the edits that keep the ops
// that name a channel in step with it. Pure, like edits.ts: each result is one undo step.
import { NO_ITEMS, type Draft, type OpDraft } from './draft'
import { withoutKey } from './paths'

export type ChannelDraft = NonNullable<Draft['channels']>[number]

/** The draft's channels, read defensively; NO_ITEMS when none, so selectors stay stable. */
export function draftChannels(d: Draft): readonly ChannelDraft[] {
  return Array.isArray(d.channels) ? d.channels : NO_ITEMS
}

export function channelNames(d: Draft): string[] {
  return draftChannels(d)
    .map((c) => c.name)
    .filter((n): n is string => typeof n === 'string')
}

/** A new rendezvous channel (capacity 0: a send waits for its receiver), named channel-N. */
export function addChannel(d: Draft): Draft {
  const channels = draftChannels(d)
  const taken = new Set(channels.map((c) => c.name))
  let i = 1
  while (taken.has(`channel-${i}`)) i++
  return { ...d, channels: [...channels, { name: `channel-${i}`, capacity: 0 }] }
}

/** Removes channel `index`; an emptied list leaves the file, as devices and locks do. */
export function removeChannel(d: Draft, index: number): Draft {
  const next = draftChannels(d).filter((_, i) => i !== index)
  return next.length === 0 ? withoutKey(d, 'channels') : { ...d, channels: next }
}

function renameInOps(ops: readonly OpDraft[], from: string, to: string): OpDraft[] {
  return ops.map((op): OpDraft => {
    if ('repeat' in op) return { ...op, ops: renameInOps(op.ops, from, to) }
    if ('send' in op && op.send === from) return { ...op, send: to }
    if ('recv' in op && op.recv === from) return { ...op, recv: to }
    return op
  })
}

/**
 * Renames channel `index` and every `send`/`recv` that names it, so a rename never leaves ops
 * pointing at a channel that is gone. When another channel already has the old name (the file
 * was invalid), the ops cannot tell which one they meant and are left as they are.
 */
export function renameChannel(d: Draft, index: number, name: string): Draft {
  const channels = draftChannels(d)
  const old = channels[index]?.name
  if (old === undefined || old === name) return d
  const next = channels.map((c, i) => (i === index ? { ...c, name } : c))
  const renamed: Draft = { ...d, channels: next }
  if (channels.filter((c) => c.name === old).length > 1) return renamed
  return {
    ...renamed,
    processes: d.processes.map((p) => ({
      ...p,
      threads: p.threads.map((t) => ({
        ...t,
        ...(t.ops ? { ops: renameInOps(t.ops, old, name) } : {}),
        ...(t.coroutines
          ? {
              coroutines: t.coroutines.map((c) => ({ ...c, ops: renameInOps(c.ops, old, name) }))
            }
          : {})
      }))
    }))
  }
}
