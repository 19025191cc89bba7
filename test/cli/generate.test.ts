// `schedlab generate` and the generator behind it: seeded, deterministic, always valid.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  POLICY_NAMES,
  checkGenerateOptions,
  generateScenario,
  parseScenario,
  simulate,
  type GenerateOptions
} from '../../sim-core'
import { runCli } from '../helpers/run-cli'
import { tempDir } from './fixtures'

const dir = tempDir()

describe('generateScenario', () => {
  it('gives the same scenario for the same options and another for another seed', () => {
    const a = generateScenario({ processes: 20, threads: 3, seed: 42 })
    expect(generateScenario({ processes: 20, threads: 3, seed: 42 })).toEqual(a)
    expect(generateScenario({ processes: 20, threads: 3, seed: 43 })).not.toEqual(a)
  })

  const variants: GenerateOptions[] = [
    { processes: 1 },
    { processes: 5, threads: 4, ioRatio: 0 },
    { processes: 5, threads: 2, ioRatio: 1 },
    { processes: 30, ioRatio: 0.5, cores: 4, arrivalSpread: 0 },
    { processes: 8, arrivalSpread: 1_000_000, seed: 2 ** 32 - 1 },
    ...POLICY_NAMES.map((policy) => ({ processes: 6, threads: 2, policy, seed: 7 }))
  ]
  it.each(variants)('makes a valid scenario that runs to completion: %j', (options) => {
    const s = generateScenario(options)
    const parsed = parseScenario(JSON.stringify(s))
    expect(parsed.ok ? [] : parsed.problems).toEqual([])
    if (!parsed.ok) return
    expect(parsed.scenario.processes).toHaveLength(options.processes)
    for (const p of parsed.scenario.processes) expect(p.threads).toHaveLength(options.threads ?? 1)
    expect(parsed.scenario.machine.cores).toBe(options.cores ?? 1)
    expect(parsed.scenario.scheduler.policy).toBe(options.policy ?? 'rr')
    expect(parsed.scenario.seed).toBe(options.seed ?? 1)
    const spread = options.arrivalSpread ?? 10 * options.processes
    for (const p of parsed.scenario.processes) expect(p.arrival).toBeLessThanOrEqual(spread)
    expect(simulate(parsed.scenario).status).toBe('completed')
  })

  it('io-ratio 0 makes CPU-only threads; a positive ratio adds I/O, compactly with repeat', () => {
    const ops = (o: GenerateOptions) =>
      JSON.stringify(generateScenario(o).processes.map((p) => p.threads))
    expect(ops({ processes: 20, ioRatio: 0 })).not.toMatch(/"io"/)
    const io = ops({ processes: 20, ioRatio: 0.5 })
    expect(io).toMatch(/"io"/)
    expect(io).toMatch(/"repeat"/)
  })

  it('io-ratio sets the share of time spent in I/O', () => {
    const share = (ioRatio: number) => {
      const r = simulate(
        (() => {
          const p = parseScenario(JSON.stringify(generateScenario({ processes: 300, ioRatio })))
          if (!p.ok) throw new Error('invalid')
          return p.scenario
        })()
      )
      const cpu = r.threads.reduce((a, t) => a + t.cpu, 0)
      const blocked = r.threads.reduce((a, t) => a + t.blocked, 0)
      return blocked / (cpu + blocked)
    }
    expect(share(0)).toBe(0)
    expect(share(0.2)).toBeGreaterThan(0.1)
    expect(share(0.2)).toBeLessThan(0.3)
    expect(share(0.8)).toBeGreaterThan(0.7)
  })

  it('reports bad options by name and refuses to generate from them', () => {
    expect(checkGenerateOptions({ processes: 0 })).toEqual([
      { option: 'processes', message: 'expected an integer from 1 to 200000, got 0' }
    ])
    expect(checkGenerateOptions({ processes: 2, ioRatio: 2 })[0].option).toBe('ioRatio')
    expect(checkGenerateOptions({ processes: 150_000, threads: 2 })[0].option).toBe('threads')
    expect(() => generateScenario({ processes: 1, cores: 0 })).toThrow(RangeError)
  })
})

describe('schedlab generate', () => {
  it('is deterministic for a seed, differs for another, and validates', async () => {
    const args = ['generate', '--processes', '12', '--threads', '2', '--io-ratio', '0.4']
    const [a, b, c] = await Promise.all([
      runCli([...args, '--seed', '5']),
      runCli([...args, '--seed', '5']),
      runCli([...args, '--seed', '6'])
    ])
    expect(a.code).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    expect(a.stdout).not.toBe(c.stdout)
    const v = await runCli(['validate', '-'], a.stdout)
    expect(v.stdout).toBe(
      'ok: Generated: 12 processes x 2 threads (seed 5) (12 processes, 24 threads)\n'
    )
    const run = await runCli(['run', '-'], a.stdout)
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { status: string }).status).toBe('completed')
  })

  it('applies --cores, --policy and --arrival-spread, and writes --out', async () => {
    const out = join(dir, 'gen.json')
    const r = await runCli([
      'generate',
      '--processes',
      '4',
      '--cores',
      '3',
      '--policy',
      'srtf',
      '--arrival-spread',
      '0',
      '--out',
      out
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const s = JSON.parse(readFileSync(out, 'utf8')) as {
      machine: { cores: number }
      scheduler: { policy: string }
      processes: { arrival: number }[]
    }
    expect(s.machine.cores).toBe(3)
    expect(s.scheduler.policy).toBe('srtf')
    expect(s.processes.map((p) => p.arrival)).toEqual([0, 0, 0, 0])
  })

  it.each([
    [[], '--processes: required'],
    [['--processes', 'many'], '--processes: expected a positive integer, got "many"'],
    [
      ['--processes', '3', '--io-ratio', '1.5'],
      '--io-ratio: expected a number from 0 to 1, got "1.5"'
    ],
    [['--processes', '3', '--seed', '-1'], '--seed: expected a non-negative integer, got "-1"'],
    [
      ['--processes', '3', '--seed', '4294967296'],
      '--seed: expected an integer from 0 to 4294967295'
    ],
    [['--processes', '3', '--cores', '0'], '--cores: expected an integer from 1 to 1024, got 0'],
    [['--processes', '3', '--policy', 'lifo'], '--policy: expected one of'],
    [['--processes', '150000', '--threads', '2'], '--threads: 150000 processes × 2 threads'],
    [['--processes', '3', '--quantum', '2'], "--quantum: unknown option for 'schedlab generate'"]
  ])('usage error %j', async (args, message) => {
    const r = await runCli(['generate', ...args])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`schedlab generate: ${message}`)
  })
})
