// Malformed scenarios: every one must exit 2 with one `path: message` line per problem, the path
// being the JSON path of the mistake, and never a stack trace. The cases run in-process through
// the CLI's own entry (captureCli); only standard input needs the spawned binary (runCli).
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main'
import { captureCli } from '../helpers/capture-cli'
import { runCli } from '../helpers/run-cli'
import {
  STACK_TRACE,
  tempDir,
  threeJobs,
  writeScenario,
  type Json,
  type JsonObject
} from './fixtures'

interface Case {
  title: string
  /** Edits a copy of threeJobs(); or give `raw` file content instead. */
  edit?: (s: JsonObject) => void
  raw?: string | Buffer
  /** The JSON path the message must start with; `FILE` stands for the file's own path. */
  path: string
  message: RegExp
}

const proc = (s: JsonObject, i: number) => (s.processes as JsonObject[])[i]
const thread = (s: JsonObject, p: number, t: number) => (proc(s, p).threads as JsonObject[])[t]
const ops = (s: JsonObject, p: number, t: number) => thread(s, p, t).ops as Json[]

const CASES: Case[] = [
  {
    title: 'a string where a number belongs',
    edit: (s) => (proc(s, 0).arrival = 'soon'),
    path: 'processes[0].arrival',
    message: /expected a non-negative integer number of ticks, got "soon"/
  },
  {
    title: 'a negative cpu burst',
    edit: (s) => (ops(s, 2, 0)[0] = { cpu: -4 }),
    path: 'processes[2].threads[0].ops[0].cpu',
    message: /expected a positive integer, got -4/
  },
  {
    title: 'a fractional time',
    edit: (s) => (proc(s, 1).arrival = 1.5),
    path: 'processes[1].arrival',
    message: /got 1\.5/
  },
  {
    title: 'a fractional I/O duration',
    edit: (s) => ops(s, 0, 0).push({ io: 2.25 }, { cpu: 1 }),
    path: 'processes[0].threads[0].ops[1].io',
    message: /got 2\.25/
  },
  {
    title: 'an unknown top-level field',
    edit: (s) => (s.colour = 'blue'),
    path: 'colour',
    message: /unknown field/
  },
  {
    title: 'an unknown nested field (a typo)',
    edit: (s) => (thread(s, 1, 0).priorty = 3),
    path: 'processes[1].threads[0].priorty',
    message: /unknown field/
  },
  {
    title: 'an unknown field inside an op',
    edit: (s) => (ops(s, 0, 0)[0] = { cpu: 3, device: 'disk' }),
    path: 'processes[0].threads[0].ops[0].device',
    message: /unknown field/
  },
  {
    title: 'an op without a verb',
    edit: (s) => (ops(s, 0, 0)[0] = { compute: 3 }),
    path: 'processes[0].threads[0].ops[0]',
    message:
      /expected an op with one of: cpu, io, sleep, lock, unlock, yield, send, recv, repeat; got keys compute/
  },
  {
    title: 'an unknown device',
    edit: (s) => ops(s, 1, 0).push({ io: 4, device: 'tape' }, { cpu: 1 }),
    path: 'processes[1].threads[0].ops[1].device',
    message: /unknown device "tape"/
  },
  {
    title: 'duplicate process names',
    edit: (s) => (proc(s, 2).name = 'a'),
    path: 'processes[2].name',
    message: /duplicate name "a" \(also at processes\[0\]\)/
  },
  {
    title: 'duplicate thread names',
    edit: (s) => (proc(s, 0).threads as Json[]).push({ name: 'main', ops: [{ cpu: 1 }] }),
    path: 'processes[0].threads[1].name',
    message: /duplicate name "main"/
  },
  {
    title: 'affinity beyond the cores',
    edit: (s) => {
      s.machine = { cores: 2 }
      proc(s, 1).affinity = [0, 3]
    },
    path: 'processes[1].affinity[1]',
    message: /core 3 does not exist: the machine has cores 0 to 1/
  },
  {
    title: 'repeat 10^9 (over the expansion cap)',
    edit: (s) => (ops(s, 0, 0)[0] = { repeat: 1_000_000_000, ops: [{ cpu: 1 }] }),
    path: 'processes',
    message: /the ops expand to 100000000\d after repeats \(at most 100000000\)/
  },
  {
    title: 'a repeat count that is not a positive integer',
    edit: (s) => (ops(s, 0, 0)[0] = { repeat: 0, ops: [{ cpu: 1 }] }),
    path: 'processes[0].threads[0].ops[0].repeat',
    message: /expected a positive integer repeat count, got 0/
  },
  { title: 'an empty file', raw: '', path: 'FILE', message: /the file is empty/ },
  { title: 'a file of only white space', raw: ' \n\t\n', path: 'FILE', message: /empty/ },
  {
    title: 'not JSON',
    raw: '{"format": "schedlab/scenario",',
    path: 'FILE',
    message: /not valid JSON/
  },
  {
    title: 'JSON that is not an object',
    raw: '[1, 2, 3]',
    path: 'FILE',
    message: /expected a scenario object/
  },
  {
    title: 'bytes that are not UTF-8',
    raw: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    path: 'FILE',
    message: /not UTF-8 text/
  },
  {
    title: 'a wrong format string',
    edit: (s) => (s.format = 'schedlab/scenery'),
    path: 'format',
    message: /expected "schedlab\/scenario"/
  },
  {
    title: 'version 2',
    edit: (s) => (s.version = 2),
    path: 'version',
    message: /unsupported version 2: this SchedLab reads version 1/
  },
  {
    title: 'cores 0',
    edit: (s) => (s.machine = { cores: 0 }),
    path: 'machine.cores',
    message: /expected an integer from 1 to 1024, got 0/
  },
  {
    title: 'cores 2000',
    edit: (s) => (s.machine = { cores: 2000 }),
    path: 'machine.cores',
    message: /expected an integer from 1 to 1024, got 2000/
  },
  {
    title: 'an unknown policy',
    edit: (s) => (s.scheduler = { policy: 'fifo' }),
    path: 'scheduler.policy',
    message: /expected a policy: one of "fcfs", .* got "fifo"/
  },
  {
    title: 'a quantum on fcfs in the file',
    edit: (s) => (s.scheduler = { policy: 'fcfs', quantum: 4 }),
    path: 'scheduler.quantum',
    message: /unknown field/
  },
  {
    title: 'a zero quantum',
    edit: (s) => (s.scheduler = { policy: 'rr', quantum: 0 }),
    path: 'scheduler.quantum',
    message: /expected a positive integer, got 0/
  },
  {
    title: 'an unlock of a lock not held',
    edit: (s) => {
      s.locks = [{ name: 'db' }]
      ops(s, 0, 0).unshift({ unlock: 'db' })
    },
    path: 'processes[0].threads[0].ops[0].unlock',
    message: /unlocks "db", which this thread does not hold here/
  },
  {
    title: 'a lock that is never declared',
    edit: (s) => ops(s, 1, 0).push({ lock: 'db' }, { unlock: 'db' }),
    path: 'processes[1].threads[0].ops[1].lock',
    message: /unknown lock "db" \(declare it under "locks"\)/
  },
  {
    title: 'a thread that ends holding a lock',
    edit: (s) => {
      s.locks = [{ name: 'db' }]
      ops(s, 2, 0).push({ lock: 'db' })
    },
    path: 'processes[2].threads[0].ops',
    message: /the thread ends holding "db"/
  },
  {
    title: 'missing processes',
    edit: (s) => delete s.processes,
    path: 'processes',
    message: /required field is missing/
  },
  {
    title: 'an empty process list',
    edit: (s) => (s.processes = []),
    path: 'processes',
    message: /expected at least one process/
  },
  {
    title: 'a bad timeUnit',
    edit: (s) => (s.timeUnit = 'minutes'),
    path: 'timeUnit',
    message: /expected one of "tick", "ns", "us", "ms", "s", got "minutes"/
  },
  {
    title: 'a thread without ops',
    edit: (s) => (thread(s, 0, 0).ops = []),
    path: 'processes[0].threads[0].ops',
    message: /expected at least one op/
  },
  {
    title: 'yield written as false',
    edit: (s) => ops(s, 0, 0).push({ yield: false }),
    path: 'processes[0].threads[0].ops[1].yield',
    message: /expected true/
  },
  {
    title: 'a mutex with two permits',
    edit: (s) => (s.locks = [{ name: 'm', kind: 'mutex', permits: 2 }]),
    path: 'locks[0].permits',
    message: /a mutex has exactly one permit/
  },
  {
    title: 'a nice value out of range',
    edit: (s) => (proc(s, 0).nice = 25),
    path: 'processes[0].nice',
    message: /expected an integer from -20 to 19, got 25/
  },
  {
    title: 'a name with a slash',
    edit: (s) => (proc(s, 0).name = 'web/api'),
    path: 'processes[0].name',
    message: /may not contain "\/"/
  }
]

describe('schedlab validate and run reject malformed scenarios', () => {
  const dir = tempDir()

  // Sequential: captureCli replaces process.stdout.write while a case runs.
  it.each(CASES.map((c, i) => [c.title, c, i] as const))('%s', async (_title, c, i) => {
    let content: Json | Buffer
    if (c.raw !== undefined) content = c.raw
    else {
      const s = threeJobs()
      c.edit?.(s)
      content = s
    }
    const file = writeScenario(dir, `case-${i}.json`, content)
    const path = c.path === 'FILE' ? file : c.path
    for (const command of ['validate', 'run']) {
      const r = await captureCli(main, [command, file])
      expect(r.code, r.stderr).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).not.toMatch(STACK_TRACE)
      const lines = r.stderr.trimEnd().split('\n')
      // One line per problem, each `path: message` with a non-empty message.
      for (const line of lines) expect(line).toMatch(/^\S[^\n]*: \S/)
      const hit = lines.find((l) => l.startsWith(`${path}: `))
      expect(hit, `no line for ${path} in:\n${r.stderr}`).toBeDefined()
      expect(hit).toMatch(c.message)
    }
  })

  it('has at least twenty cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20)
  })

  it('reports every problem of a file, one line each', async () => {
    const s = threeJobs()
    s.version = 2
    s.machine = { cores: 0 }
    ops(s, 1, 0)[0] = { cpu: -1 }
    const r = await captureCli(main, ['validate', writeScenario(dir, 'many.json', s)])
    expect(r.code).toBe(2)
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines.map((l) => l.split(': ')[0]).sort()).toEqual([
      'machine.cores',
      'processes[1].threads[0].ops[0].cpu',
      'version'
    ])
  })

  it('refuses a 50 MB file without reading it, naming the size', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20)
    big[0] = 0x7b // '{'
    big[big.length - 1] = 0x7d // '}'
    const file = writeScenario(dir, 'huge.json', big)
    const r = await captureCli(main, ['validate', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`${file}: the file is too large (50.0 MB; at most 16 MB)\n`)
  })

  it('refuses standard input beyond the size cap', async () => {
    const r = await runCli(['validate', '-'], `{"name": "${'x'.repeat(17 * 1024 * 1024)}"}`)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('<stdin>: the input is too large (at most 16 MB)\n')
  })

  it('names standard input as <stdin> in whole-file problems', async () => {
    const r = await runCli(['validate', '-'], 'not json')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^<stdin>: not valid JSON: /)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
