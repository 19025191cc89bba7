/** Thrown when a policy answers something the engine cannot do: a bug in the policy, not in the scenario. */
export class PolicyViolation extends Error {
  constructor(
    message: string,
    readonly dump: Record<string, unknown>
  ) {
    super(message)
    this.name = 'PolicyViolation'
  }
}
