// `schedlab run`: numbers checked by hand on small scenarios, in every output format.
import { readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { STACK_TRACE, tempDir, threeJobs, writeScenario, type JsonObject } from './fixtures'

interface ThreadJson {
  id: string
  finish: number
  turnaround: number
  waiting: number
  response: number
  cpu: number
  blocked: number
}

const dir = tempDir()
const three = writeScenario(dir, 'three.json', threeJobs())

async function runJson(args: string[], stdin?: string): Promise<JsonObject> {
  const r = await runCli(['run', ...args], stdin)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as JsonObject
}

const byId = (result: JsonObject) =>
  Object.fromEntries((result.threads as unknown as ThreadJson[]).map((t) => [t.id, t]))

describe('schedlab run --format json', () => {
  it('runs 3 jobs of 3, 5 and 2 ticks under fcfs: they finish at 3, 8 and 10', async () => {
    const r = await runJson([three])
    expect(r.status).toBe('completed')
    expect(r.policy).toBe('fcfs')
    expect(r.makespan).toBe(10)
    const t = byId(r)
    expect([t['a/main'].finish, t['b/main'].finish, t['c/main'].finish]).toEqual([3, 8, 10])
    expect([t['a/main'].waiting, t['b/main'].waiting, t['c/main'].waiting]).toEqual([0, 3, 8])
    expect([t['a/main'].response, t['b/main'].response, t['c/main'].response]).toEqual([0, 3, 8])
    expect(r.summary).toMatchObject({
      utilization: 1,
      throughput: 0.3,
      avgTurnaround: 7,
      avgWaiting: 3.666667,
      avgResponse: 3.666667,
      contextSwitches: 2,
      preemptions: 0
    })
    expect(r.cores).toEqual([
      { id: 0, busy: 10, overhead: 0, idle: 0, utilization: 1, warm: 0, migrations: 0 }
    ])
    // The trace is for `schedlab trace`, not for the JSON result.
    expect(r).not.toHaveProperty('trace')
  })

  it('reads the scenario from standard input with -', async () => {
    const r = await runJson(['-'], JSON.stringify(threeJobs()))
    expect(r.makespan).toBe(10)
    expect(r.scenario).toBe('three jobs')
  })

  it('accounts I/O: the CPU runs another job while one waits', async () => {
    const s = threeJobs()
    s.processes = [
      { name: 'a', threads: [{ name: 'main', ops: [{ cpu: 2 }, { io: 3 }, { cpu: 1 }] }] },
      { name: 'b', threads: [{ name: 'main', ops: [{ cpu: 4 }] }] }
    ]
    const r = await runJson([writeScenario(dir, 'io.json', s)])
    // a: runs 0-2, I/O 2-5, ready at 5 while b runs 2-6, runs 6-7.
    const t = byId(r)
    expect(t['a/main']).toMatchObject({ finish: 7, cpu: 3, blocked: 3, waiting: 1 })
    expect(t['b/main']).toMatchObject({ finish: 6, waiting: 2 })
    expect(r.makespan).toBe(7)
    expect(r.cores).toEqual([
      { id: 0, busy: 7, overhead: 0, idle: 0, utilization: 1, warm: 0, migrations: 0 }
    ])
  })

  it('still exits 0 when a run ends at a limit; the status says so', async () => {
    const s = threeJobs()
    s.limits = { maxTime: 4 }
    const r = await runJson([writeScenario(dir, 'limit.json', s)])
    expect(r.status).toBe('limit')
    expect(r.limit).toBe('maxTime')
    expect(r.makespan).toBe(4)
  })
})

describe('schedlab run overrides', () => {
  it('--policy rr --quantum 2 round-robins the three jobs', async () => {
    // a 0-2, b 2-4, c 4-6 (done), a 6-7 (done), b 7-10 (done).
    const r = await runJson([three, '--policy', 'rr', '--quantum', '2'])
    expect(r.policy).toBe('rr')
    const t = byId(r)
    expect([t['a/main'].finish, t['b/main'].finish, t['c/main'].finish]).toEqual([7, 10, 6])
  })

  it('--cores 2 runs two jobs at once', async () => {
    // core 0: a 0-3 then c 3-5; core 1: b 0-5.
    const r = await runJson([three, '--cores', '2'])
    const t = byId(r)
    expect([t['a/main'].finish, t['b/main'].finish, t['c/main'].finish]).toEqual([3, 5, 5])
    expect(r.makespan).toBe(5)
    expect((r.cores as unknown[]).length).toBe(2)
  })

  it('--policy with --format=value spelling works too', async () => {
    const r = await runJson([three, '--policy=sjf', '--format=json'])
    const t = byId(r)
    expect([t['c/main'].finish, t['a/main'].finish, t['b/main'].finish]).toEqual([2, 5, 10])
  })

  it('rejects --quantum on fcfs with the path and the flag', async () => {
    const r = await runCli(['run', three, '--quantum', '4'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'scheduler.quantum: the "fcfs" policy takes no quantum (from --quantum 4)\n'
    )
  })

  it('rejects --cores 2000 with the path of the field it sets', async () => {
    const r = await runCli(['run', three, '--cores', '2000'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'machine.cores: expected an integer from 1 to 1024, got 2000 (from --cores 2000)\n'
    )
  })

  it('rejects --cores that leave an affinity pointing at a missing core', async () => {
    const s = threeJobs()
    s.machine = { cores: 2 }
    ;(s.processes as JsonObject[])[1].affinity = [1]
    const r = await runCli(['run', writeScenario(dir, 'affinity.json', s), '--cores', '1'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^processes\[1\]\.affinity\[0\]: core 1 does not exist.*--cores 1/)
  })

  it.each([
    [['--quantum', 'x'], '--quantum: expected a positive integer, got "x"'],
    [['--quantum', '-4'], '--quantum: expected a positive integer, got "-4"'],
    [['--quantum', '2.5'], '--quantum: expected a positive integer, got "2.5"'],
    [['--cores', '0'], '--cores: expected a positive integer, got "0"'],
    [
      ['--policy', 'fifo'],
      '--policy: expected one of fcfs, sjf, srtf, rr, priority, mlfq, edf, rm, got "fifo"'
    ],
    [['--format', 'xml'], '--format: expected one of json, text, csv, got "xml"'],
    [['--quantum'], '--quantum: expected a value'],
    [['--frobnicate', '1'], "--frobnicate: unknown option for 'schedlab run'"],
    [['--policy', 'rr', '--policy', 'fcfs'], '--policy: given more than once'],
    [['-p', 'rr'], '-p: unknown option']
  ])('usage error %j names the flag', async (args, message) => {
    const r = await runCli(['run', three, ...args])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`schedlab run: ${message}`)
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })

  it('usage errors come before any file access', async () => {
    const r = await runCli(['run', join(dir, 'missing.json'), '--format', 'xml'])
    expect(r.code).toBe(2)
  })

  it('needs exactly one FILE', async () => {
    const none = await runCli(['run'])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('missing FILE (a scenario file, or - for standard input)')
    const two = await runCli(['run', three, three])
    expect(two.code).toBe(2)
    expect(two.stderr).toContain('unexpected argument')
  })
})

describe('schedlab run --format text and csv', () => {
  it('text: a dash, not 0, for averages over finished threads when none finished', async () => {
    const r = await runCli(['run', 'docs/examples/dining-philosophers.json', '--format', 'text'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('status deadlock')
    expect(r.stdout).toMatch(/avg turnaround\s+-\n/)
    expect(r.stdout).toMatch(/fairness\s+-\n/)
  })

  it('text: a summary, one row per thread and one per core', async () => {
    const r = await runCli(['run', three, '--format', 'text'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('three jobs\npolicy fcfs on 1 core, times in ticks\n')
    expect(r.stdout).toContain('status completed, makespan 10 ticks')
    expect(r.stdout).toMatch(/avg turnaround\s+7\n/)
    expect(r.stdout).toMatch(/avg waiting\s+3\.667\n/)
    const rows = r.stdout.split('\n')
    // The thread table's header is the JSON field names; read the row for b by them.
    const header = rows[rows.indexOf('Threads') + 1].trim().split(/\s+/)
    const b =
      rows
        .find((l) => l.trim().startsWith('b/main'))
        ?.trim()
        .split(/\s+/) ?? []
    expect(Object.fromEntries(header.map((h, i) => [h, b[i]]))).toMatchObject({
      id: 'b/main',
      arrival: '0',
      firstRun: '3',
      finish: '8',
      turnaround: '8',
      waiting: '3',
      response: '3',
      cpu: '5',
      blocked: '0',
      switches: '1'
    })
    const cores = rows.slice(rows.indexOf('Cores') + 1).filter((l) => l.trim() !== '')
    expect(cores.map((l) => l.trim().split(/\s+/))).toEqual([
      ['id', 'busy', 'overhead', 'idle', 'utilization'],
      ['0', '10', '0', '0', '100.0%']
    ])
  })

  it('csv: one row per thread, headers equal to the JSON field names', async () => {
    const [csv, json] = await Promise.all([
      runCli(['run', three, '--format', 'csv']),
      runJson([three])
    ])
    expect(csv.code).toBe(0)
    const lines = csv.stdout.trimEnd().split('\n')
    const threads = json.threads as JsonObject[]
    expect(lines[0].split(',')).toEqual(Object.keys(threads[0]))
    expect(lines).toHaveLength(1 + threads.length)
    const header = lines[0].split(',')
    const rows = lines
      .slice(1)
      .map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i], v])))
    // Every cell is the JSON value, as text.
    rows.forEach((row, i) =>
      expect(row).toEqual(
        Object.fromEntries(
          Object.entries(threads[i]).map(([k, v]) => [k, v === null ? '' : String(v)])
        )
      )
    )
    expect(rows.map((row) => [row.id, row.finish, row.waiting])).toEqual([
      ['a/main', '3', '0'],
      ['b/main', '8', '3'],
      ['c/main', '10', '8']
    ])
  })

  it('csv: a thread that never finished leaves its cells empty', async () => {
    const s = threeJobs()
    s.limits = { maxTime: 4 }
    const r = await runCli(['run', writeScenario(dir, 'limit-csv.json', s), '--format', 'csv'])
    // firstRun, finish, turnaround and response are null in JSON, empty in CSV. (Its waiting is
    // not asserted: sim-core does not count the wait of a thread still queued at the limit.)
    const [header, , , c] = r.stdout.split('\n').map((l) => l.split(','))
    const row = Object.fromEntries(header.map((h, i) => [h, c[i]]))
    expect(row).toMatchObject({
      id: 'c/main',
      firstRun: '',
      finish: '',
      turnaround: '',
      response: '',
      cpu: '0'
    })
  })
})

describe('schedlab run files', () => {
  it('exits 3 for a missing file', async () => {
    const file = join(dir, 'nope.json')
    const r = await runCli(['run', file])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(`schedlab run: cannot read "${file}": no such file or directory\n`)
  })

  it('exits 3 for a directory', async () => {
    const r = await runCli(['run', dir])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('it is a directory')
  })

  it('exits 3 for an unreadable file (when not running as root)', async () => {
    const file = writeScenario(dir, 'locked.json', threeJobs())
    chmodSync(file, 0o000)
    const r = await runCli(['run', file])
    // root reads anything; everyone else gets "permission denied".
    if (process.getuid?.() === 0) expect(r.code).toBe(0)
    else {
      expect(r.code).toBe(3)
      expect(r.stderr).toContain('permission denied')
    }
  })

  it('--out writes the file (and nothing to stdout), leaving no temp file', async () => {
    const out = join(dir, 'result.json')
    const r = await runCli(['run', three, '--out', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const written = JSON.parse(readFileSync(out, 'utf8')) as JsonObject
    expect(written.makespan).toBe(10)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('--out replaces an existing file and keeps its permissions', async () => {
    const out = join(dir, 'replace.csv')
    writeFileSync(out, 'old')
    chmodSync(out, 0o640)
    const r = await runCli(['run', three, '--format', 'csv', '--out', out])
    expect(r.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^id,process,thread,/)
    expect(statSync(out).mode & 0o777).toBe(0o640)
  })

  it('exits 3 when --out cannot be written', async () => {
    const out = join(dir, 'no-such-folder', 'result.json')
    const r = await runCli(['run', three, '--out', out])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(`schedlab run: cannot write "${out}": no such file or directory\n`)
    const intoDir = await runCli(['run', three, '--out', dir])
    expect(intoDir.code).toBe(3)
  })
})

describe('schedlab help and other commands', () => {
  it.each(['run', 'trace', 'compare', 'validate', 'generate', 'schema'])(
    '%s --help prints its usage and exits 0',
    async (command) => {
      const r = await runCli([command, '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(new RegExp(`^Usage: schedlab ${command}`))
    }
  )

  it('the main usage lists every command', async () => {
    const r = await runCli(['--help'])
    for (const command of [
      'run',
      'trace',
      'compare',
      'chart',
      'validate',
      'generate',
      'schema',
      'ostep'
    ])
      expect(r.stdout).toContain(`schedlab ${command}`)
  })

  it('validate prints ok with the counts', async () => {
    const r = await runCli(['validate', three])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('ok: three jobs (3 processes, 3 threads)\n')
  })

  it('schema prints the JSON Schema of the scenario format', async () => {
    const r = await runCli(['schema'])
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.stdout) as JsonObject
    expect(schema.$id).toBe('https://schedlab.org/schema/scenario-v1.json')
    expect(Object.keys(schema.properties as JsonObject)).toContain('processes')
  })

  it('a scenario with locks runs, or fails in one line, never with a stack trace', async () => {
    const s = threeJobs()
    s.locks = [{ name: 'm' }]
    ;(s.processes as JsonObject[])[0].threads = [
      { name: 'main', ops: [{ lock: 'm' }, { cpu: 1 }, { unlock: 'm' }] }
    ]
    const r = await runCli(['run', writeScenario(dir, 'lock.json', s)])
    // Locks validated before sim-core's engine could run them; either way, no stack trace.
    expect([0, 1]).toContain(r.code)
    expect(r.stderr).not.toMatch(STACK_TRACE)
    if (r.code === 1) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
