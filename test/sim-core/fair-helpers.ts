// Shared by the cfs and eevdf tests: run a scenario and read shares and fair samples.
import { simulate, validateScenario, type ScenarioInput } from '../../sim-core/index'

export type Input = Omit<ScenarioInput, 'format' | 'version' | 'name'>

export function run(input: Input) {
  const v = validateScenario({ format: 'schedlab/scenario', version: 1, name: 'fair', ...input })
  if (!v.ok) throw new Error(JSON.stringify(v.problems))
  return simulate(v.scenario)
}

/** A process of one thread that only computes (long enough to outlast the run's maxTime). */
export const hog = (name: string, nice = 0, extra: object = {}) => ({
  name,
  nice,
  threads: [{ name: 't', ops: [{ cpu: 10_000_000 }], ...extra }]
})

/** `processes` on one core under `scheduler`, stopped at `maxTime`. */
export function runOneCore(
  scheduler: Input['scheduler'],
  processes: Input['processes'],
  maxTime: number
) {
  return run({ machine: { cores: 1 }, scheduler, processes, limits: { maxTime } })
}

/** CPU time of thread 0 over thread 1 after `ticks` on one core under `scheduler`. */
export function shareRatio(scheduler: Input['scheduler'], niceB: number, ticks: number): number {
  const r = runOneCore(scheduler, [hog('a', 0), hog('b', niceB)], ticks)
  return r.threads[0].cpu / r.threads[1].cpu
}

/** The decision times and picked threads of a run (the trace's decision columns). */
export function picks(r: ReturnType<typeof run>): [number, number][] {
  const t = r.trace
  const out: [number, number][] = []
  for (let i = 0; i < t.decisions; i++) out.push([t.decTime[i], t.decTask[i]])
  return out
}
