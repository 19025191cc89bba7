// A seeded random workload generator: the same options give the same scenario, bit for bit.
// `schedlab generate` and the renderer's generator dialog both call generateScenario, so the
// two can never drift apart. Pure: all randomness comes from Rng seeded with options.seed.
import { Rng } from '../engine/rng'
import { MAX_TICKS } from '../scenario/fields'
import { LIMITS } from '../scenario/limits'
import type { ThreadOp } from '../scenario/ops-schema'
import { MAX_CORES, type PolicyName, type ScenarioInput } from '../scenario/schema'
import { POLICY_NAMES } from '../sched/registry'

export interface GenerateOptions {
  /** Number of processes, at least 1. */
  processes: number
  /** Threads in every process (default 1). */
  threads?: number
  /** Expected share of a thread's own time spent in I/O, 0 (CPU-bound) to 1 (I/O-bound); default 0.3. */
  ioRatio?: number
  /** Processes arrive at random ticks in [0, arrivalSpread]; default 10 × processes. */
  arrivalSpread?: number
  /** Seed of the generator, also written as the scenario's seed; default 1. */
  seed?: number
  /** Cores of the machine; default 1. */
  cores?: number
  /** Scheduling policy; default "rr". */
  policy?: PolicyName
}

/** A problem with one option, keyed by the option's name so callers can name their own flag. */
export interface GenerateOptionProblem {
  option: keyof GenerateOptions
  message: string
}

/** Mean length of one CPU burst in ticks; bursts are drawn uniformly from 1 to 2 × mean − 1. */
const MEAN_BURST = 10
/** I/O rounds per thread are drawn from 1 to this; `repeat` keeps them one op in the file. */
const MAX_ROUNDS = 8
/** Above this share a thread would have almost no CPU left to schedule, so clamp it. */
const MAX_IO_SHARE = 0.95

const isInt = (v: number, min: number, max: number): boolean =>
  Number.isInteger(v) && v >= min && v <= max

/** Every problem with the options (empty when generateScenario will succeed). */
export function checkGenerateOptions(o: GenerateOptions): GenerateOptionProblem[] {
  const out: GenerateOptionProblem[] = []
  const int = (option: keyof GenerateOptions, v: number | undefined, min: number, max: number) => {
    if (v !== undefined && !isInt(v, min, max))
      out.push({ option, message: `expected an integer from ${min} to ${max}, got ${v}` })
  }
  int('processes', o.processes, 1, LIMITS.maxThreads)
  int('threads', o.threads, 1, LIMITS.maxThreads)
  int('arrivalSpread', o.arrivalSpread, 0, MAX_TICKS)
  int('seed', o.seed, 0, 2 ** 32 - 1)
  int('cores', o.cores, 1, MAX_CORES)
  if (o.ioRatio !== undefined && !(o.ioRatio >= 0 && o.ioRatio <= 1))
    out.push({ option: 'ioRatio', message: `expected a number from 0 to 1, got ${o.ioRatio}` })
  if (o.policy !== undefined && !(POLICY_NAMES as readonly string[]).includes(o.policy))
    out.push({
      option: 'policy',
      message: `expected one of ${POLICY_NAMES.join(', ')}, got ${JSON.stringify(o.policy)}`
    })
  const total = o.processes * (o.threads ?? 1)
  if (out.length === 0 && total > LIMITS.maxThreads)
    out.push({
      option: 'threads',
      message: `${o.processes} processes × ${o.threads ?? 1} threads is ${total} threads (at most ${LIMITS.maxThreads})`
    })
  return out
}

/** One thread's program: `rounds` × (CPU burst, I/O) then a final burst, or one CPU burst. */
function threadOps(rng: Rng, ioRatio: number): ThreadOp[] {
  const burst = () => rng.between(1, 2 * MEAN_BURST - 1)
  if (ioRatio === 0) return [{ cpu: burst() * rng.between(1, MAX_ROUNDS) }]
  // Jitter the share per thread (mean ioRatio) so a workload mixes more and less I/O-bound threads.
  const share = Math.min(MAX_IO_SHARE, ioRatio * (0.6 + 0.8 * rng.next()))
  const cpu = burst()
  const io = Math.max(1, Math.round((cpu * share) / (1 - share)))
  const rounds = rng.between(1, MAX_ROUNDS)
  const body: ThreadOp[] = [{ cpu }, { io }]
  const last: ThreadOp = { cpu: burst() }
  return rounds === 1 ? [...body, last] : [{ repeat: rounds, ops: body }, last]
}

/** A random but deterministic valid scenario. Throws RangeError when checkGenerateOptions reports problems. */
export function generateScenario(options: GenerateOptions): ScenarioInput {
  const problems = checkGenerateOptions(options)
  if (problems.length > 0)
    throw new RangeError(problems.map((p) => `${p.option}: ${p.message}`).join('; '))
  const threads = options.threads ?? 1
  const ioRatio = options.ioRatio ?? 0.3
  const seed = options.seed ?? 1
  const cores = options.cores ?? 1
  const policy = options.policy ?? 'rr'
  const spread = options.arrivalSpread ?? Math.min(MAX_TICKS, 10 * options.processes)
  const rng = new Rng(seed)
  // Sorted arrivals make p1, p2, ... arrive in name order, which is what a reader expects.
  const arrivals = Array.from({ length: options.processes }, () => rng.between(0, spread)).sort(
    (a, b) => a - b
  )
  const processes = arrivals.map((arrival, i) => ({
    name: `p${i + 1}`,
    arrival,
    priority: rng.between(0, 9),
    threads: Array.from({ length: threads }, (_, j) => ({
      name: `t${j + 1}`,
      ops: threadOps(rng, ioRatio)
    }))
  }))
  return {
    format: 'schedlab/scenario',
    version: 1,
    name: `Generated: ${options.processes} processes x ${threads} threads (seed ${seed})`,
    description: `schedlab generate: processes ${options.processes}, threads ${threads}, io-ratio ${ioRatio}, arrival spread ${spread}, seed ${seed}`,
    timeUnit: 'tick',
    seed,
    machine: { cores },
    scheduler: { policy },
    processes
  }
}
