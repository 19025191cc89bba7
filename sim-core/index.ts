// The public API of sim-core: everything the CLI, the renderer and main may use.
import type { SimOptions } from './engine/simulation'
import type { SimResult } from './metrics/result'
import { createRun } from './run'
import type { Scenario } from './scenario/schema'

export { parseScenario, validateScenario, type ParseResult } from './scenario/parse'
export {
  applySetValues,
  parsePath,
  parseSetValue,
  parseSetValues,
  pathProblem,
  withValue,
  type PathPart,
  type SetAssignment,
  type SetScalar,
  type SetValue
} from './scenario/set-path'
export { nestingProblem } from './scenario/depth'
export { formatPath, problemToString, type Problem } from './scenario/problems'
export {
  PROBLEM_TEXT,
  fillTemplate,
  type ProblemCode,
  type ProblemParams
} from './scenario/problem-codes'
export type { ThreadOp, CoroutineOp } from './scenario/ops-schema'
export { OP_TABLE, kindsFor as opKindsFor, opKindByVerb, opKindOf } from './program/op-table'
export type { OpKind, OpContext, TextArg, NameRef } from './program/op-kind'
export { scenarioJsonSchema } from './scenario/json-schema'
export {
  scenarioSchema,
  TIME_UNITS,
  type Scenario,
  type ScenarioInput,
  type PolicyName,
  type SchedulerConfig
} from './scenario/schema'
export {
  LIMITS,
  resolveGuards,
  clampedMessage,
  type Guards,
  type GuardOverrides,
  type ClampedLimit
} from './scenario/limits'
export { schedulerFor, schedulerFields } from './scenario/scheduler-for'
export { POLICY_NAMES, POLICY_INFO } from './sched/registry'
export { RULE_CODES, type Decision, type RuleCode } from './sched/decision'
export {
  Simulation,
  PolicyViolation,
  type Progress,
  type RunStatus,
  type LimitKind,
  type SimOptions
} from './engine/simulation'
export {
  buildResult,
  resultForJson,
  jainIndex,
  type SimResult,
  type ThreadRow,
  type ProcessRow,
  type CoreRow,
  type ChannelRow,
  type LockRow,
  type DeadlockWait,
  type Summary
} from './metrics/result'
export {
  utilizationSeries,
  UTILIZATION_BUCKETS,
  type UtilizationSeries
} from './metrics/utilization'
export { liuLaylandBound, taskSetBound, type TaskSetBound } from './metrics/task-set'
export {
  concurrencySummary,
  type ConcurrencySummary,
  type CoroutineSummary,
  type LockSummary
} from './metrics/concurrency-summary'
export { Cluster } from './cluster/cluster'
export type { LatencyStats } from './cluster/latency-stats'
export { ARRIVAL_KINDS, BALANCERS } from './scenario/cluster-schema'
export {
  buildClusterResult,
  requestRecords,
  type ClusterResult,
  type ClusterRun,
  type NodeSpan,
  type RequestRecord,
  type RequestSummary
} from './metrics/cluster-result'
export {
  SegmentKind,
  EndReason,
  TaskState,
  BlockKind,
  emptyChannelColumns,
  type TraceData
} from './trace/trace-store'
export { SCHEDLAB_VERSION } from './version'
export {
  createRun,
  progressFraction,
  type SimRun,
  type RunChunks,
  type YieldingChunks
} from './run'
export * from './generate/generator'

/** Runs a validated scenario to the end, synchronously. The same scenario gives the same result. */
export function simulate(scenario: Scenario, options?: SimOptions): SimResult {
  const run = createRun(scenario, options)
  run.finish()
  return run.result()
}
