// The CLI's building blocks, in-process: argument parsing, option values, JSON layout, CSV,
// atomic output and progress on a terminal.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../cli/args'
import { CliError, ProblemsError, UsageError } from '../../cli/errors'
import { csvRow } from '../../present/csv'
import { layoutJson } from '../../cli/format/json-layout'
import {
  choiceListOption,
  fractionOption,
  intOption,
  positiveIntOption
} from '../../cli/option-values'
import { writeOutput } from '../../cli/output'
import { reportError } from '../../cli/report-error'
import { runSimulation } from '../../cli/run-simulation'
import { parseScenario, resultForJson, schedulerFor, simulate, type Scenario } from '../../sim-core'
import { tempDir, threeJobs } from './fixtures'

const spec = { name: 'run', options: ['policy', 'out'], positionals: ['FILE'] }

describe('parseArgs', () => {
  it('reads --name value, --name=value, - and --', () => {
    const a = parseArgs(['-', '--policy', 'rr', '--out=x.json'], spec)
    expect(a.positionals).toEqual(['-'])
    expect(Object.fromEntries(a.options)).toEqual({ policy: 'rr', out: 'x.json' })
    expect(parseArgs(['--', '--odd-name.json'], spec).positionals).toEqual(['--odd-name.json'])
  })

  it('takes a value that starts with one dash, but not an option as a value', () => {
    expect(parseArgs(['f', '--policy', '-3'], spec).options.get('policy')).toBe('-3')
    expect(() => parseArgs(['f', '--policy', '--out', 'x'], spec)).toThrow(
      '--policy: expected a value'
    )
  })

  it('--help skips the positional check', () => {
    expect(parseArgs(['--help'], spec).help).toBe(true)
  })

  it.each([
    [['f', '--nope'], "--nope: unknown option for 'schedlab run' (it takes --policy, --out)"],
    [['f', '-x'], '-x: unknown option (options are spelled --name)'],
    [['f', '--out', 'a', '--out', 'b'], '--out: given more than once'],
    [[], 'missing FILE (a scenario file, or - for standard input)'],
    [['f', 'g'], 'unexpected argument "g"']
  ])('%j is a usage error', (args, message) => {
    expect(() => parseArgs(args, spec)).toThrow(new UsageError(message))
  })
})

describe('option values', () => {
  it('accepts only plain decimal integers', () => {
    expect(positiveIntOption('quantum', '12')).toBe(12)
    for (const bad of ['0', '-1', '1.5', '1e3', '0x10', ' 2', '', 'x'])
      expect(() => positiveIntOption('quantum', bad)).toThrow(
        `--quantum: expected a positive integer, got ${JSON.stringify(bad)}`
      )
    expect(() => intOption('seed', '-1', 0, Number.MAX_SAFE_INTEGER)).toThrow(
      '--seed: expected a non-negative integer, got "-1"'
    )
    expect(() => intOption('n', '9', 1, 8)).toThrow('--n: expected an integer from 1 to 8, got "9"')
  })

  it('reads fractions from 0 to 1', () => {
    expect(fractionOption('io-ratio', '0.25')).toBe(0.25)
    expect(fractionOption('io-ratio', '1')).toBe(1)
    expect(fractionOption('io-ratio', '.5')).toBe(0.5)
    for (const bad of ['1.01', '-0.1', 'half', '', 'NaN', 'Infinity'])
      expect(() => fractionOption('io-ratio', bad)).toThrow(
        '--io-ratio: expected a number from 0 to 1'
      )
  })

  it('reads a list of distinct choices', () => {
    expect(choiceListOption('policies', 'fcfs, rr', ['fcfs', 'rr', 'sjf'])).toEqual(['fcfs', 'rr'])
    expect(() => choiceListOption('policies', 'rr,rr', ['rr'])).toThrow('"rr" is listed twice')
  })
})

describe('schedulerFor', () => {
  const base = (s: ReturnType<typeof threeJobs>): Scenario => {
    const p = parseScenario(JSON.stringify(s))
    if (!p.ok) throw new Error('invalid fixture')
    return p.scenario
  }

  it('carries over what the new policy understands and drops the rest', () => {
    const s = threeJobs()
    s.scheduler = { policy: 'rr', quantum: 3, readyOrder: 'id-round-robin', switchOnIo: false }
    const rr = base(s).scheduler
    expect(schedulerFor(rr, 'priority')).toMatchObject({
      policy: 'priority',
      quantum: 3,
      switchOnIo: false
    })
    expect(schedulerFor(rr, 'priority')).not.toHaveProperty('readyOrder')
    expect(schedulerFor(rr, 'fcfs')).toMatchObject({ readyOrder: 'id-round-robin' })
    expect(schedulerFor(rr, 'fcfs')).not.toHaveProperty('quantum')
    expect(schedulerFor(rr, 'mlfq')).not.toHaveProperty('quantum')
  })
})

describe('layoutJson', () => {
  it('round-trips and keeps short containers on one line', () => {
    const value = {
      a: [1, 2, { b: 'c' }],
      long: Array.from({ length: 40 }, (_, i) => ({ cpu: i })),
      empty: {},
      none: [],
      skip: undefined,
      nested: { deep: { deeper: [true, null, 'x"y'] } }
    }
    const text = layoutJson(value)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
    expect(text).toContain('"a": [1, 2, { "b": "c" }]')
    expect(text).toContain('"nested": { "deep": { "deeper": [true, null, "x\\"y"] } }')
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })

  it('writes a generated scenario that parses back to the same value', () => {
    const s = threeJobs()
    expect(JSON.parse(layoutJson(s))).toEqual(s)
  })
})

describe('csvRow', () => {
  it('quotes only what needs quoting and leaves null empty', () => {
    expect(csvRow(['a', 1, null, 'x,y', 'say "hi"', 'two\nlines'])).toBe(
      'a,1,,"x,y","say ""hi""","two\nlines"\n'
    )
  })
})

describe('writeOutput to a file', () => {
  const dir = tempDir()

  it('writes all pieces and leaves no temporary file behind', async () => {
    const out = join(dir, 'pieces.txt')
    const pieces = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`)
    await writeOutput(pieces, out)
    expect(readFileSync(out, 'utf8')).toBe(pieces.join(''))
    expect(readdirSync(dir)).toEqual(['pieces.txt'])
  })

  it('fails with exit code 3 when the target is a folder, and cleans up', async () => {
    const sub = join(dir, 'folder')
    mkdirSync(sub)
    const error = await writeOutput(['x'], sub).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).exitCode).toBe(3)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('lets a bug in the producer through as itself, not as a file error', async () => {
    function* broken(): Generator<string> {
      yield 'a'
      throw new TypeError('producer bug')
    }
    await expect(writeOutput(broken(), join(dir, 'broken.txt'))).rejects.toThrow(TypeError)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('runSimulation progress', () => {
  const scenario = (() => {
    const p = parseScenario(JSON.stringify(threeJobs()))
    if (!p.ok) throw new Error('invalid fixture')
    return p.scenario
  })()

  it('draws a progress line on a terminal and clears it at the end', () => {
    const written: string[] = []
    const stream = { isTTY: true, write: (s: string) => written.push(s) }
    let clock = 0
    const result = runSimulation(scenario, {
      label: 'test',
      stream,
      chunk: 1,
      delayMs: 0,
      intervalMs: 0,
      now: () => (clock += 10)
    })
    expect(written.some((s) => /test: t=\d+, \d+ events, \d\/3 threads finished/.test(s))).toBe(
      true
    )
    expect(written.at(-1)).toBe('\r\x1b[K')
    expect(resultForJson(result)).toEqual(resultForJson(simulate(scenario)))
  })

  it('writes nothing when stderr is not a terminal, or for a short run', () => {
    const written: string[] = []
    runSimulation(scenario, { label: 'x', stream: { isTTY: false, write: (s) => written.push(s) } })
    runSimulation(scenario, { label: 'x', stream: { isTTY: true, write: (s) => written.push(s) } })
    expect(written).toEqual([])
  })
})

describe('reportError', () => {
  const report = (e: unknown) => {
    const out: string[] = []
    const code = reportError(e, 'run', (s) => out.push(s))
    return { code, text: out.join('') }
  }

  it('prints problems as they are, one per line, with exit 2', () => {
    expect(report(new ProblemsError(['a.b: bad', 'c: worse']))).toEqual({
      code: 2,
      text: 'a.b: bad\nc: worse\n'
    })
  })

  it('prefixes usage errors with the command and points at --help', () => {
    expect(report(new UsageError('--x: nope'))).toEqual({
      code: 2,
      text: "schedlab run: --x: nope\nRun 'schedlab run --help' for usage.\n"
    })
  })

  it('turns a bug into one line and exit 1, never a stack trace', () => {
    const bug = report(new TypeError('x is undefined\nmore detail'))
    expect(bug.code).toBe(1)
    expect(bug.text).toMatch(/^schedlab run: internal error: x is undefined \(this is a bug/)
    expect(bug.text.trimEnd().split('\n')).toHaveLength(1)
    const violation = Object.assign(new Error('rr picked task 3'), { name: 'PolicyViolation' })
    expect(report(violation).text).toMatch(/^schedlab run: the simulation failed: rr picked task 3/)
    expect(report('a string').code).toBe(1)
  })
})
