// `schedlab sweep`: the grid, its rows, failing cells, --resume, --shard and worker threads.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main'
import { parseCsv } from '../../cli/sweep/rows'
import { parseSeeds } from '../../cli/sweep/grid'
import { parsePath } from '../../cli/sweep/set-path'
import { progressBar, sweepProgress } from '../../cli/sweep/progress'
import { captureCli } from '../helpers/capture-cli'
import { runCli } from '../helpers/run-cli'
import { tempDir, threeJobs, writeScenario, STACK_TRACE } from './fixtures'

/** `schedlab sweep ARGS` in this process, through main() as the binary runs it. */
const sweepCommand = (args: string[]) => main(['sweep', ...args])

const dir = tempDir()
const three = writeScenario(dir, 'three.json', threeJobs())
let outs = 0
const outFile = (ext = 'csv') => join(dir, `out-${++outs}.${ext}`)

/** Runs the sweep in this process (--jobs 1: no worker) into a file, and reads it back. */
async function sweep(args: string[], out = outFile()) {
  const r = await captureCli(sweepCommand, [...args, '--jobs', '1', '--out', out])
  let text = ''
  try {
    text = readFileSync(out, 'utf8')
  } catch {
    // no output: the test looks at r
  }
  return { ...r, out, text, rows: parseCsv(text).map((rec) => rec.fields) }
}

const HEADER =
  'cell,policy,cores,seed,status,makespan,utilization,throughput,avgTurnaround,avgWaiting,avgResponse,contextSwitches,preemptions,migrations,deadlineMisses,fairness,error'

describe('schedlab sweep: the grid', () => {
  it('runs policies × cores in grid order, with hand-checked figures', async () => {
    const r = await sweep([three, '--policies', 'fcfs,sjf', '--cores', '1,2'])
    expect(r.code).toBe(0)
    expect(r.text.split('\n')[0]).toBe(HEADER)
    const col = (name: string) => r.rows.slice(1).map((f) => f[r.rows[0].indexOf(name)])
    // Jobs a=3, b=5, c=2 arriving at 0. fcfs, 1 core: finish 3, 8, 10 → mean 7. fcfs, 2 cores:
    // a 0-3 and b 0-5 start together, c runs 3-5 → 3, 5, 5 → 4.333333. sjf, 1 core: c, a, b →
    // 2, 5, 10 → 5.666667. sjf, 2 cores: c 0-2 and a 0-3, b 2-7 → 2, 3, 7 → 4, makespan 7.
    expect(col('cell')).toEqual(['0', '1', '2', '3'])
    expect(col('policy')).toEqual(['fcfs', 'fcfs', 'sjf', 'sjf'])
    expect(col('cores')).toEqual(['1', '2', '1', '2'])
    expect(col('seed')).toEqual(['1', '1', '1', '1']) // the file's seed (the default, 1)
    expect(col('avgTurnaround')).toEqual(['7', '4.333333', '5.666667', '4'])
    expect(col('makespan')).toEqual(['10', '5', '10', '7'])
    expect(col('status')).toEqual(['completed', 'completed', 'completed', 'completed'])
  })

  it('--set gives each value its own rows and column; seeds are the last-but-sets dimension', async () => {
    const s = threeJobs()
    s.scheduler = { policy: 'rr', quantum: 4 }
    const file = writeScenario(dir, 'rr.json', s)
    const r = await sweep([file, '--seeds', '7,3', '--set', 'scheduler.quantum=2,4'])
    expect(r.code).toBe(0)
    expect(r.rows[0].slice(0, 5)).toEqual(['cell', 'policy', 'cores', 'seed', 'scheduler.quantum'])
    const body = r.rows.slice(1)
    expect(body.map((f) => [f[3], f[4]])).toEqual([
      ['7', '2'],
      ['7', '4'],
      ['3', '2'],
      ['3', '4']
    ])
    // rr q=2: a 0-2, b 2-4, c 4-6 (done), a 6-7 (done), b 7-10 → 7, 10, 6 → 7.666667.
    // rr q=4: a 0-3, b 3-7, c 7-9, b 9-10 → 3, 10, 9 → 7.333333 (as in compare.test.ts).
    expect(body.map((f) => f[9])).toEqual(['7.666667', '7.333333', '7.666667', '7.333333'])
  })

  it('sets values deep in the scenario by an indexed path', async () => {
    const r = await sweep([three, '--set', 'processes[1].threads[0].ops[0].cpu=1,9'])
    expect(r.code).toBe(0)
    // b takes 1 tick: 3, 4, 6 → makespan 6; b takes 9: makespan 14.
    expect(r.rows.slice(1).map((f) => f[6])).toEqual(['6', '14'])
  })

  it('json: an array of row objects with the same fields', async () => {
    const r = await sweep([three, '--policies', 'fcfs,sjf', '--format', 'json'], outFile('json'))
    expect(r.code).toBe(0)
    const rows = JSON.parse(r.text) as Record<string, unknown>[]
    expect(rows).toHaveLength(2)
    expect(Object.keys(rows[0]).join(',')).toBe(HEADER)
    expect(rows[1]).toMatchObject({ cell: 1, policy: 'sjf', avgTurnaround: 5.666667, error: null })
  })
})

describe('schedlab sweep: failures', () => {
  it('reports an invalid cell as an error row, runs the others and exits 4', async () => {
    const r = await sweep([three, '--policies', 'fcfs,rr', '--set', 'scheduler.quantum=2'])
    expect(r.code).toBe(4)
    const [fcfs, rr] = r.rows.slice(1)
    expect(fcfs[5]).toBe('error')
    expect(fcfs.at(-1)).toBe('scheduler.quantum: unknown field')
    expect(rr[5]).toBe('completed')
    expect(r.stderr).toContain('1 of 2 cells failed')
  })

  it.each([
    [['--set', 'scheduler.quantum'], '--set "scheduler.quantum": expected path=value1,value2'],
    [['--set', 'a..b=1'], 'expected a JSON path of names and [indexes]'],
    [['--set', 'scheduler.quantum=1,,2'], 'expected a value between every comma'],
    [['--set', 'machine.cores=1,2'], 'use --cores for machine.cores'],
    [['--set', 'seed=1'], 'use --seeds for seed'],
    [['--set', 'name=a', '--set', 'name=b'], '--set: name is set twice'],
    [['--set', 'processes[7].arrival=1'], '--set processes[7].arrival: processes has 3 entries'],
    [['--set', 'machine.cache.size=1'], 'machine.cache does not exist'],
    [['--seeds', '5-1'], '--seeds: expected seeds such as 1-20'],
    [['--seeds', '1-3,2'], '--seeds: 2 is listed twice'],
    [['--cores', '0'], '--cores: expected an integer from 1 to 1024'],
    [['--shard', '3/2'], '--shard: expected i/n with 1 <= i <= n'],
    [['--resume'], '--resume: needs --out PATH'],
    [['--jobs', '0'], '--jobs: expected an integer from 1 to 1024']
  ])('%j is a usage error before any run (exit 2)', async (args, message) => {
    const r = await captureCli(sweepCommand, [three, ...args])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stdout).toBe('')
    expect(r.stderr).not.toMatch(STACK_TRACE)
  })
})

describe('schedlab sweep: --shard and --resume', () => {
  const grid = [three, '--policies', 'fcfs,sjf,srtf', '--cores', '1,2']

  it('shards split the cells by index and together make the whole sweep', async () => {
    const whole = await sweep(grid)
    const a = await sweep([...grid, '--shard', '1/2'])
    const b = await sweep([...grid, '--shard', '2/2'])
    expect(a.rows.slice(1).map((f) => f[0])).toEqual(['0', '2', '4'])
    expect(b.rows.slice(1).map((f) => f[0])).toEqual(['1', '3', '5'])
    // The documented merge: one header, then every shard's rows sorted by cell.
    const merged = [...a.rows.slice(1), ...b.rows.slice(1)].sort((x, y) => +x[0] - +y[0])
    expect(merged).toEqual(whole.rows.slice(1))
  })

  it('--resume keeps the rows in --out, runs the missing cells and gives the whole sweep', async () => {
    const whole = await sweep(grid)
    const out = outFile()
    await sweep([...grid, '--shard', '1/2'], out)
    // Prove the kept rows are not run again: a kept figure that no run would give survives.
    const lines = readFileSync(out, 'utf8').split('\n')
    lines[1] = lines[1].replace(/^0,fcfs,1,1,completed,10,/, '0,fcfs,1,1,completed,999,')
    writeFileSync(out, lines.join('\n'))
    const r = await captureCli(sweepCommand, [...grid, '--jobs', '1', '--out', out, '--resume'])
    expect(r.code).toBe(0)
    const resumed = readFileSync(out, 'utf8')
    expect(resumed).toBe(
      whole.text.replace(/^0,fcfs,1,1,completed,10,/m, '0,fcfs,1,1,completed,999,')
    )
  })

  it('--resume runs a failed row again and starts afresh without a file', async () => {
    const out = outFile()
    const fresh = await captureCli(sweepCommand, [three, '--jobs', '1', '--out', out, '--resume'])
    expect(fresh.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    writeFileSync(out, text.replace(/completed,10,.*$/m, 'error,,,,,,,,,,,,worker lost'))
    const again = await captureCli(sweepCommand, [three, '--jobs', '1', '--out', out, '--resume'])
    expect(again.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(text)
  })

  it('--resume refuses a file from another sweep', async () => {
    const out = outFile()
    await sweep([three, '--policies', 'fcfs,sjf'], out)
    const cols = await captureCli(sweepCommand, [
      three,
      '--set',
      'name=x',
      '--jobs',
      '1',
      '--out',
      out,
      '--resume'
    ])
    expect(cols.code).toBe(2)
    expect(cols.stderr).toContain('is not this sweep')
    const cells = await captureCli(sweepCommand, [
      three,
      '--policies',
      'sjf',
      '--jobs',
      '1',
      '--out',
      out,
      '--resume'
    ])
    expect(cells.code).toBe(2)
    expect(cells.stderr).toContain('row 1 of')
  })
})

describe('schedlab sweep: worker threads', () => {
  it('gives the same bytes with --jobs 1 and --jobs 2 (through bin/schedlab.mjs)', async () => {
    const args = ['sweep', three, '--policies', 'fcfs,sjf,rr', '--cores', '1,2', '--seeds', '1-2']
    const one = await runCli([...args, '--jobs', '1'])
    const two = await runCli([...args, '--jobs', '2'])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(13)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe('') // not a terminal: no progress bar
  })

  it('reports a failing cell from a worker without losing the others', async () => {
    const r = await runCli([
      'sweep',
      three,
      '--policies',
      'fcfs,rr',
      '--set',
      'scheduler.quantum=3',
      '--jobs',
      '2',
      '--format',
      'json'
    ])
    expect(r.code).toBe(4)
    const rows = JSON.parse(r.stdout) as { policy: string; status: string }[]
    expect(rows.map((x) => [x.policy, x.status])).toEqual([
      ['fcfs', 'error'],
      ['rr', 'completed']
    ])
  })
})

describe('schedlab sweep --help', () => {
  it('describes every option and the exit code of failed cells', async () => {
    const r = await captureCli(sweepCommand, ['--help'])
    expect(r.code).toBe(0)
    for (const flag of [
      '--policies',
      '--cores',
      '--seeds',
      '--set',
      '--jobs',
      '--format',
      '--out',
      '--resume',
      '--shard'
    ])
      expect(r.stdout).toContain(`  ${flag} `)
    expect(r.stdout).toContain('the exit code is 4')
  })
})

describe('sweep building blocks', () => {
  it('parses seeds, paths and CSV', () => {
    expect(parseSeeds('1-3,9')).toEqual([1, 2, 3, 9])
    expect(parsePath('processes[0].threads[12].ops[0].cpu')).toEqual([
      'processes',
      0,
      'threads',
      12,
      'ops',
      0,
      'cpu'
    ])
    expect(parsePath('[0]')).toBeNull()
    expect(parsePath('a.')).toBeNull()
    expect(parseCsv('a,"b,""c""\nd",e\n1,2,3\n')).toEqual([
      { fields: ['a', 'b,"c"\nd', 'e'], raw: 'a,"b,""c""\nd",e\n' },
      { fields: ['1', '2', '3'], raw: '1,2,3\n' }
    ])
  })

  it('draws a bar with the cells done and an ETA on a terminal, nothing elsewhere', () => {
    // 3 of 12 cells in 30 s: 10 s per cell, 9 left → 1:30.
    expect(progressBar(3, 12, 1, 30_000)).toBe(
      '[######------------------] 3/12 cells, 1 failed, 0:30 elapsed, ETA 1:30'
    )
    let written = ''
    let t = 0
    const tty = { isTTY: true, write: (s: string) => (written += s) }
    const p = sweepProgress(tty, 2, () => t)
    t = 500
    p.cell(false)
    expect(written).toContain('1/2 cells, 0:01 elapsed, ETA 0:01')
    p.end()
    expect(written.endsWith('\r\x1b[K')).toBe(true)
    let piped = ''
    const q = sweepProgress({ isTTY: false, write: (s: string) => (piped += s) }, 2)
    q.cell(true)
    q.end()
    expect(piped).toBe('')
  })
})
