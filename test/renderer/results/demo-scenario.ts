// A small scenario for the results tests: a web server
// with request handlers doing I/O, a batch job and a logger, on two cores.
import type { ScenarioInput } from '../../../sim-core/index'

export const DEMO_SCENARIO: ScenarioInput = {
  format: 'schedlab/scenario',
  version: 1,
  name: 'Web server',
  description: 'Request handlers that block on the disk, a CPU-bound batch job and a logger.',
  timeUnit: 'ms',
  machine: { cores: 2, costs: { threadSwitch: 1, processSwitch: 2, migration: 1 } },
  scheduler: { policy: 'rr', quantum: 3 },
  devices: [{ name: 'disk', channels: 1 }],
  processes: [
    {
      name: 'web',
      threads: [
        { name: 'worker-1', ops: [{ cpu: 4 }, { io: 6, device: 'disk' }, { cpu: 3 }] },
        { name: 'worker-2', arrival: 2, ops: [{ cpu: 5 }, { io: 4, device: 'disk' }, { cpu: 2 }] },
        { name: 'worker-3', arrival: 5, ops: [{ cpu: 3 }, { sleep: 5 }, { cpu: 4 }] }
      ]
    },
    { name: 'batch', arrival: 1, threads: [{ name: 'crunch', ops: [{ cpu: 14 }] }] },
    {
      name: 'logger',
      arrival: 3,
      threads: [
        { name: 'flush', ops: [{ repeat: 3, ops: [{ cpu: 1 }, { io: 3, device: 'disk' }] }] }
      ]
    }
  ]
}
