import { z } from 'zod'
import { scenarioSchema } from './schema'

/** The JSON Schema of the scenario format, generated from the zod schema (`schedlab schema`). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  return {
    ...schema,
    $id: 'https://schedlab.org/schema/scenario-v1.json',
    title: 'SchedLab scenario (version 1)'
  }
}
