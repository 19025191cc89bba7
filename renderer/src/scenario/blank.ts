// The scenario "New scenario" starts from: small, valid, and runnable at once.
import type { Draft } from './draft'

export function blankScenario(name: string): Draft {
  return {
    format: 'schedlab/scenario',
    version: 1,
    name,
    timeUnit: 'ms',
    machine: { cores: 1, costs: { threadSwitch: 0, processSwitch: 0 } },
    scheduler: { policy: 'rr', quantum: 4 },
    processes: [
      {
        name: 'process-1',
        arrival: 0,
        threads: [{ name: 'main', ops: [{ cpu: 5 }, { io: 10 }, { cpu: 3 }] }]
      }
    ]
  }
}

/** A file name for a scenario name: `Web server: rr` → `web-server-rr.json`. */
export function fileNameFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || 'scenario'}.json`
}

/** The text a scenario is saved as: stable two-space JSON with a final newline. */
export function serializeDraft(d: Draft): string {
  return JSON.stringify(d, null, 2) + '\n'
}
