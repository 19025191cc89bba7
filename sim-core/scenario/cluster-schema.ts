// The cluster additions of SCENARIO.md §2b: nodes, the network, replicated services, external
// requests and node faults. All optional: a scenario without `nodes` is one machine, as before.
// The node's machine and scheduler schemas are passed in, so this file does not import schema.ts.
import { z } from 'zod'
import { describeValue, intRange, list, name, object, oneOf, positiveTicks, ticks } from './fields'
import { threadOp } from './ops-schema'

/** Nodes per cluster: each takes a block of event kinds (node-engine.ts) in a 16-bit kind code. */
export const MAX_NODES = 1024

export const BALANCERS = ['round-robin', 'least-outstanding', 'two-choices'] as const
export const ARRIVAL_KINDS = ['uniform', 'poisson'] as const

/** Requests per tick: a positive finite number (0.5 = one request every 2 ticks). */
const rate = () =>
  z
    .number({
      error: (iss) =>
        `expected a positive rate (requests per tick), got ${describeValue(iss.input)}`
    })
    .positive({
      error: (iss) =>
        `expected a positive rate (requests per tick), got ${describeValue(iss.input)}`
    })
    .max(1_000_000, { error: 'expected a rate of at most 1,000,000 requests per tick' })

const link = object({ from: name(), to: name(), latency: ticks() }, 'a network link')

export const networkSchema = object(
  { latency: ticks().default(0), links: list(link, 'links').default([]) },
  'the network'
)

const handler = object(
  {
    /** Worker threads that take requests from the replica's inbox, one request at a time each. */
    threads: intRange(1, 1024).default(1),
    ops: list(threadOp, 'handler ops').min(1, { error: 'expected at least one op' })
  },
  'a request handler'
)

export const serviceSchema = object(
  {
    name: name(),
    replicas: list(name(), 'node names').min(1, { error: 'expected at least one replica' }),
    balancer: oneOf(BALANCERS).default('round-robin'),
    handler
  },
  'a service'
)

export const requestsSchema = object(
  {
    to: name(),
    kind: oneOf(ARRIVAL_KINDS).default('uniform'),
    rate: rate(),
    count: intRange(1, 10_000_000),
    start: ticks().default(0)
  },
  'a request stream'
)

const downWindow = z
  .tuple([ticks(), positiveTicks()], {
    error: (iss) => `expected [from, to] in ticks, got ${describeValue(iss.input)}`
  })
  .refine(([from, to]) => from < to, { error: 'expected [from, to] with from < to' })

export const faultSchema = object({ node: name(), down: downWindow }, 'a fault')

/** The node list's item, given the machine and scheduler schemas of a single-machine scenario. */
export function nodeSchema<M extends z.ZodType, S extends z.ZodType>(machine: M, scheduler: S) {
  return object({ name: name(), machine, scheduler: scheduler.optional() }, 'a node')
}
