// A policy's pick rule as data (issue 12): a code and its parameters, never a sentence. The
// renderer words it from its dictionaries (keys `rule.*`), the CLI from its English one, so no
// front end has to parse English back out of sim-core's output.

/** Every rule a built-in policy picks by; each front end's dictionary has an entry for each. */
export const RULE_CODES = [
  'rule.head',
  'rule.nextById',
  'rule.sjf',
  'rule.sjfEstimated',
  'rule.srtf',
  'rule.srtfEstimated',
  'rule.priority',
  'rule.priorityRr',
  'rule.mlfq',
  'rule.cfs',
  'rule.eevdf',
  'rule.lottery',
  'rule.stride',
  'rule.edf',
  'rule.rm'
] as const

export type RuleCode = (typeof RULE_CODES)[number]

/** A rule with its `{name}` parameters (e.g. `{ code: 'rule.priorityRr', params: { quantum: 4 } }`). */
export interface Decision {
  code: RuleCode
  params: Record<string, number | string>
}
