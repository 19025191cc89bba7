// The op table: one descriptor per op kind (op-kind.ts says what each entry holds). Adding an op
// means adding an entry here (and its engine service, if it needs a new one); the schema,
// compiler, validator, interpreters, the ops editor's text form and the dictionaries follow.
import { z } from 'zod'
import { name, object, positiveTicks, ticks } from '../scenario/fields'
import { BlockKind } from '../trace/trace-store'
import { Next } from '../engine/next'
import { PolicyViolation } from '../engine/policy-violation'
import { CoState, type Coroutine } from '../runtime/coroutine'
import { ChanResult, type ChanResultCode } from '../engine/channel-table'
import { coroutineWaiter } from '../model/channel'
import { Op } from './op-codes'
import {
  CoStep,
  nameField,
  numberField,
  Step,
  type OpCheck,
  type OpContext,
  type OpKind,
  type OpNames,
  type CoStepCode,
  type OpObject,
  type NameRef,
  type TextArg
} from './op-kind'
import type { CoroutineStepHost, ThreadStepHost } from './op-step'

// Program slot fields (program.ts: ARG = 1, REF = 2), repeated here to keep the table free of
// the store's module.
const ARG = 1
const REF = 2
const BODY = 3

const yieldFlag = () =>
  z.literal(true, {
    error: (iss) => `expected true (write {"yield": true}), got ${JSON.stringify(iss.input)}`
  })

export const cpuOp = object({ cpu: positiveTicks() }, 'an op')
export const ioOp = object({ io: ticks(), device: name().optional() }, 'an op')
export const sleepOp = object({ sleep: ticks() }, 'an op')
export const lockOp = object({ lock: name(), timeout: positiveTicks().optional() }, 'an op')
export const unlockOp = object({ unlock: name() }, 'an op')
export const yieldOp = object({ yield: yieldFlag() }, 'an op')
export const awaitOp = object(
  { await: ticks(), device: name().optional(), timeout: positiveTicks().optional() },
  'an op'
)
export const sendOp = object({ send: name() }, 'an op')
export const recvOp = object({ recv: name(), timeout: positiveTicks().optional() }, 'an op')

function checkDevice(op: OpObject, ctx: OpCheck): void {
  const device = nameField(op, 'device')
  if (device !== undefined && !ctx.devices.has(device))
    ctx.report('device', 'unknownDevice', { name: device })
}

/** An op's optional `timeout`, 0 when absent. */
function optionalTicks(op: OpObject): number {
  const v = op.timeout
  return typeof v === 'number' ? v : 0
}

/** `timeout n`: how long a lock, await or recv may wait (optional). */
const TIMEOUT_ARG: TextArg = { kind: 'keyword', field: 'timeout', keyword: 'timeout', min: 1 }

/** `@name`: the device an io or await queues for (optional). */
const DEVICE_ARG: TextArg = { kind: 'at', field: 'device', ref: 'device' }

/**
 * What every op that starts with a number of ticks shares (`cpu 5`, `io 10 @disk`): its verb is
 * its JSON key, the number's field and the end of its dictionary key.
 */
function ticksOp(
  verb: 'cpu' | 'io' | 'sleep' | 'await',
  min: number,
  ...more: TextArg[]
): Pick<OpKind, 'verb' | 'code' | 'text' | 'dictionaryKey'> {
  return {
    verb,
    code: Op[verb],
    text: [{ kind: 'number', field: verb, min }, ...more],
    dictionaryKey: `ops.verb.${verb}`
  }
}

/**
 * What every op that starts with the name of a declared thing shares (`lock db`, `send orders`,
 * `call auth`): its verb is its JSON key, the name's field and the end of its dictionary key,
 * and a thread runs it on a core.
 */
function nameRefOp(
  verb: 'lock' | 'unlock' | 'send' | 'recv' | 'call',
  ref: NameRef,
  ...more: TextArg[]
): Pick<OpKind, 'verb' | 'code' | 'text' | 'dictionaryKey' | 'needsCore'> {
  return {
    verb,
    code: Op[verb],
    text: [{ kind: 'name', field: verb, ref }, ...more],
    dictionaryKey: `ops.verb.${verb}`,
    needsCore: true
  }
}

/** A check that the name in `field` is among those `declared` lists, else `problem` at the field. */
function checkDeclared(
  field: string,
  declared: (ctx: OpCheck) => ReadonlySet<string> | undefined,
  problem: 'unknownChannel' | 'unknownService'
) {
  return (op: OpObject, ctx: OpCheck): void => {
    const name = nameField(op, field) ?? ''
    if (!declared(ctx)?.has(name)) ctx.report(field, problem, { name })
  }
}

function deviceIndex(op: OpObject, device: (name: string) => number): number {
  const d = nameField(op, 'device')
  return d === undefined ? -1 : device(d)
}

export const cpuKind: OpKind = {
  ...ticksOp('cpu', 1),
  where: { thread: 0, coroutine: 0 },
  schema: cpuOp,
  block: null,
  needsCore: false,
  burst: 'adds',
  compile: (op) => [numberField(op, 'cpu'), -1],
  thread(h, id, slot) {
    h.setRemainingOp(id, h.ops[slot + ARG])
    return Next.runnable
  },
  coroutine(_h, co, slot) {
    co.remainingOp = co.store.ops[slot + ARG]
    co.pendingIo = -1
    return CoStep.host
  }
}

export const ioKind: OpKind = {
  ...ticksOp('io', 0, DEVICE_ARG),
  where: { thread: 1, coroutine: 2 },
  schema: ioOp,
  block: BlockKind.io,
  needsCore: true,
  burst: 'ends',
  compile: (op, names) => [numberField(op, 'io'), deviceIndex(op, (d) => names.device(d))],
  check: checkDevice,
  thread(h, id, slot) {
    h.block(id, BlockKind.io)
    h.startIo(id, h.ops[slot + ARG], h.ops[slot + REF])
    return Next.blocked
  },
  coroutine(_h, co, slot) {
    // A blocking call: it runs when the coroutine gets its host, and blocks the host.
    co.pendingIo = co.store.ops[slot + ARG]
    co.pendingDevice = co.store.ops[slot + REF]
    return CoStep.host
  }
}

export const sleepKind: OpKind = {
  ...ticksOp('sleep', 0),
  where: { thread: 2 },
  schema: sleepOp,
  block: BlockKind.sleep,
  needsCore: true,
  burst: 'ends',
  compile: (op) => [numberField(op, 'sleep'), -1],
  thread(h, id, slot) {
    h.block(id, BlockKind.sleep)
    h.wakeAfter(id, h.ops[slot + ARG])
    return Next.blocked
  }
}

export const lockKind: OpKind = {
  ...nameRefOp('lock', 'lock', TIMEOUT_ARG),
  where: { thread: 3 },
  schema: lockOp,
  block: BlockKind.lock,
  // Taking or releasing a lock does not leave the core (unless contended, which no oracle knows).
  burst: 'passes',
  // ARG: the timeout, 0 for none.
  compile: (op, names) => [optionalTicks(op), names.lock(nameField(op, 'lock') ?? '')],
  check(op, ctx) {
    const lock = nameField(op, 'lock') ?? ''
    if (!ctx.locks.has(lock)) ctx.report('lock', 'unknownLock', { name: lock })
    else if (ctx.held.has(lock)) ctx.report('lock', 'lockAlreadyHeld', { name: lock })
    ctx.held.add(lock)
  },
  thread(h, id, slot) {
    if (h.locks.acquire(h.tasks[id], h.ops[slot + REF])) return Step.done
    h.block(id, BlockKind.lock)
    h.armTimeout(id, h.ops[slot + ARG])
    return Next.blocked
  }
}

export const unlockKind: OpKind = {
  ...nameRefOp('unlock', 'lock'),
  where: { thread: 4 },
  schema: unlockOp,
  block: null,
  burst: 'passes',
  compile: (op, names) => [0, names.lock(nameField(op, 'unlock') ?? '')],
  check(op, ctx) {
    const lock = nameField(op, 'unlock') ?? ''
    if (!ctx.locks.has(lock)) ctx.report('unlock', 'unknownLock', { name: lock })
    else if (!ctx.held.has(lock)) ctx.report('unlock', 'unlockNotHeld', { name: lock })
    ctx.held.delete(lock)
  },
  thread(h, id, slot) {
    const t = h.tasks[id]
    const lock = h.ops[slot + REF]
    // The lock op it matches timed out: the thread ran on without the lock, so has none to release.
    const skipped = t.timedOutLocks.indexOf(lock)
    if (skipped >= 0 && !t.heldLocks.includes(lock)) t.timedOutLocks.splice(skipped, 1)
    else h.locks.release(t, lock)
    return Step.done
  }
}

export const yieldKind: OpKind = {
  verb: 'yield',
  code: Op.yield,
  where: { thread: 5, coroutine: 3 },
  schema: yieldOp,
  text: [{ kind: 'true', field: 'yield' }],
  block: null,
  dictionaryKey: 'ops.verb.yield',
  needsCore: false,
  burst: 'ends',
  compile: () => [0, -1],
  // A yield only means something to a task that holds a core.
  thread: (_h, _id, _slot, onCpu) => (onCpu ? Step.yield : Step.done),
  coroutine(h, co, _slot, running) {
    if (!running) return CoStep.done
    // Give way: to the back of the ready queue, with its next op prepared.
    co.state = CoState.ready
    if (!h.prepare(co)) return CoStep.suspend
    co.state = CoState.ready
    return CoStep.host
  }
}

export const awaitKind: OpKind = {
  ...ticksOp('await', 0, DEVICE_ARG, TIMEOUT_ARG),
  where: { coroutine: 1 },
  schema: awaitOp,
  block: null,
  needsCore: true,
  burst: 'ends',
  // BODY: the timeout, -1 for none.
  compile: (op, names) => [
    numberField(op, 'await'),
    deviceIndex(op, (d) => names.device(d)),
    optionalTicks(op) || -1
  ],
  check: checkDevice,
  coroutine(h, co, slot) {
    co.state = CoState.awaiting
    co.since = h.now
    const ops = co.store.ops
    let wait = ops[slot + ARG]
    const timeout = ops[slot + BODY]
    // A timeout shorter than the wait ends it (asyncio.wait_for): counted now, the end is fixed.
    if (timeout > 0 && timeout < wait) {
      wait = timeout
      co.timeouts++
    }
    // On a device, the await queues for a channel like an io (only the coroutine waits).
    if (ops[slot + REF] >= 0) h.awaitDevice(co, wait, ops[slot + REF])
    else h.scheduleCoroutine(co, h.now + wait)
    return CoStep.suspend
  }
}

function channelIndex(op: OpObject, field: string, names: OpNames): number {
  const ch = nameField(op, field) ?? ''
  if (!names.channel) throw new Error(`channel "${ch}" named where no channels are declared`)
  return names.channel(ch)
}

/** A thread's send or receive: it goes on, blocks on the channel, or passes control to a receiver. */
function threadChannelStep(
  h: ThreadStepHost,
  id: number,
  result: ChanResultCode,
  timeout: number
): number {
  if (result === ChanResult.done) return Step.done
  h.block(id, BlockKind.channel)
  if (result === ChanResult.wait) {
    h.armTimeout(id, timeout)
    return Next.blocked
  }
  // A rendezvous: the receiver (woken at this instant) runs before the sender, which leaves
  // its core and comes back by a wakeup queued after the receiver's.
  h.wakeAfter(id, 0)
  return Next.blocked
}

/** A coroutine's send or receive: as a thread's, but it suspends instead of blocking its host. */
function coroutineChannelStep(
  h: CoroutineStepHost,
  co: Coroutine,
  result: ChanResultCode,
  running: boolean,
  timeout: number
): CoStepCode {
  if (result === ChanResult.wait) {
    co.state = CoState.awaiting
    co.since = h.now
    h.armTimeout(coroutineWaiter(co.id), timeout)
    return CoStep.suspend
  }
  if (result === ChanResult.pass && running) {
    // A rendezvous: the receiver is first in line; the sender goes to the back, as at a yield.
    co.state = CoState.ready
    if (!h.prepare(co)) return CoStep.suspend
    co.state = CoState.ready
    return CoStep.host
  }
  return CoStep.done
}

export const sendKind: OpKind = {
  ...nameRefOp('send', 'channel'),
  where: { thread: 6, coroutine: 4 },
  schema: sendOp,
  block: BlockKind.channel,
  burst: 'ends',
  compile: (op, names) => [0, channelIndex(op, 'send', names)],
  check: checkDeclared('send', (ctx) => ctx.channels, 'unknownChannel'),
  thread: (h, id, slot) => threadChannelStep(h, id, h.channels.send(id, h.ops[slot + REF]), 0),
  coroutine: (h, co, slot, running) =>
    coroutineChannelStep(
      h,
      co,
      h.channels.send(coroutineWaiter(co.id), co.store.ops[slot + REF]),
      running,
      0
    )
}

export const recvKind: OpKind = {
  ...nameRefOp('recv', 'channel', TIMEOUT_ARG),
  where: { thread: 7, coroutine: 5 },
  schema: recvOp,
  block: BlockKind.channel,
  burst: 'ends',
  // ARG: the timeout, 0 for none.
  compile: (op, names) => [optionalTicks(op), channelIndex(op, 'recv', names)],
  check: checkDeclared('recv', (ctx) => ctx.channels, 'unknownChannel'),
  thread: (h, id, slot) =>
    threadChannelStep(h, id, h.channels.recv(id, h.ops[slot + REF]), h.ops[slot + ARG]),
  coroutine: (h, co, slot, running) =>
    coroutineChannelStep(
      h,
      co,
      h.channels.recv(coroutineWaiter(co.id), co.store.ops[slot + REF]),
      running,
      co.store.ops[slot + ARG]
    )
}

export const callOp = object({ call: name() }, 'an op')

/**
 * `call`: a request to a cluster service from inside the cluster (clusters.md). The thread
 * blocks until the reply arrives (or the request fails), like a blocking RPC.
 */
export const callKind: OpKind = {
  ...nameRefOp('call', 'service'),
  where: { thread: 9 },
  schema: callOp,
  block: BlockKind.call,
  burst: 'ends',
  compile(op, names) {
    const service = nameField(op, 'call') ?? ''
    if (!names.service) throw new Error(`service "${service}" called outside a cluster`)
    return [0, names.service(service)]
  },
  check: checkDeclared('call', (ctx) => ctx.services, 'unknownService'),
  thread(h, id, slot) {
    h.block(id, BlockKind.call)
    h.call(id, h.ops[slot + REF])
    return Next.blocked
  }
}

/** `repeat`: compiled to a loop (program.ts), never stepped; its schema is recursive (ops-schema.ts). */
export const repeatKind: OpKind = {
  verb: 'repeat',
  code: Op.repeatBegin,
  where: { thread: 8, coroutine: 6 },
  schema: null,
  text: [
    { kind: 'number', field: 'repeat', min: 1 },
    { kind: 'block', field: 'ops' }
  ],
  block: null,
  dictionaryKey: 'ops.verb.repeat',
  needsCore: false,
  burst: 'ends',
  compile: (op) => [numberField(op, 'repeat'), -1]
}

/** Every op kind, in the order the editor lists them. */
export const OP_TABLE: readonly OpKind[] = [
  cpuKind,
  ioKind,
  sleepKind,
  lockKind,
  unlockKind,
  yieldKind,
  awaitKind,
  sendKind,
  recvKind,
  repeatKind,
  callKind
]

/** The op kinds a thread's / coroutine's ops may use, in their lists' order. */
export function kindsFor(context: OpContext): readonly OpKind[] {
  return OP_TABLE.filter((k) => k.where[context] !== undefined).sort(
    (a, b) => (a.where[context] ?? 0) - (b.where[context] ?? 0)
  )
}

/** The verbs of kindsFor(context). */
export function verbsFor(context: OpContext): readonly string[] {
  return kindsFor(context).map((k) => k.verb)
}

const byVerb = new Map(OP_TABLE.map((k) => [k.verb, k]))
/** Indexed by compiled op code; repeat's loop markers have none. */
const byCode: (OpKind | undefined)[] = []
for (const k of OP_TABLE) if (k.code !== Op.repeatBegin) byCode[k.code] = k

export function opKindByVerb(verb: string): OpKind | undefined {
  return byVerb.get(verb)
}

export function opKindByCode(code: number): OpKind | undefined {
  return byCode[code]
}

/**
 * The op kind an op object means: `repeat` first (a repeat carries `ops`), then the table's
 * order. Null when it carries no verb.
 */
export function opKindOf(op: unknown): OpKind | null {
  if (op === null || typeof op !== 'object' || Array.isArray(op)) return null
  if (Object.hasOwn(op, 'repeat')) return repeatKind
  for (const k of OP_TABLE) if (Object.hasOwn(op, k.verb)) return k
  return null
}

/** For interpreters: an op the validator should have kept out of this context. */
export function misplacedOp(code: number, context: OpContext, task: string): PolicyViolation {
  return new PolicyViolation(`op ${code} cannot run in a ${context}`, { task })
}
