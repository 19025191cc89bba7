// `schedlab sweep FILE`: the scenario over a grid of policies × core counts × seeds × --set
// values, one row of summary figures per run, in grid order whatever --jobs is. A cluster's rows
// have its request figures (latency, failures) and no cores dimension (its nodes set their own).
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { POLICY_NAMES, type GuardOverrides, type PolicyName } from '../../sim-core'
import { parseArgs } from '../args'
import { printHelp } from '../command-help'
import { ExitCode, FileSystemError, UsageError, describeFsError } from '../errors'
import { GUARD_HELP, GUARD_OPTIONS, guardOverrides, warnClamped } from '../guard-options'
import { loadScenario } from '../load-scenario'
import { choiceListOption, choiceOption, intOption } from '../option-values'
import { writeOutput } from '../output'
import type { SweepRow } from '../sweep/cell'
import {
  cellAt,
  cellCount,
  checkGridSize,
  inShard,
  parseCoresList,
  parseSeeds,
  parseShard,
  type Cell,
  type Shard,
  type SweepGrid
} from '../sweep/grid'
import { runCells } from '../sweep/pool'
import { sweepProgress } from '../sweep/progress'
import {
  SWEEP_FORMATS,
  parameterValues,
  previousRows,
  renderDocument,
  renderRow,
  rowKey,
  type SweepFormat
} from '../sweep/rows'
import { parseSetOption, pathProblem, type SetDimension } from '../sweep/set-path'

export const SWEEP_HELP = `Usage: schedlab sweep FILE [options]

Runs the scenario in FILE (- reads standard input) once per cell of a grid:
policies × cores × seeds × each --set, and prints one row per run with its
parameters and summary figures. Rows come in grid order (the last dimension
varying fastest) whatever --jobs is. A dimension not given keeps the file's value.

Options:
  --policies LIST   comma-separated policies: ${POLICY_NAMES.join(', ')}
  --cores LIST      core counts, e.g. 1,2,4
  --seeds LIST      seeds, e.g. 1-20 or 3,5,9 (the scenario's seed field)
  --set PATH=V1,V2  values for a field, e.g. scheduler.quantum=2,4,8 or
                    processes[0].threads[1].ops[0].cpu=5,10; may be repeated.
                    A value may be a list: services[0].replicas=[n0],[n0,n1]
  --jobs N          worker threads (default: the number of cores, ${availableParallelism()} here)
  --format F        csv (default) or json (an array of row objects)
  --out PATH        write to PATH (atomically, and every second while running)
  --resume          keep the rows already in --out and run only the missing or failed cells
  --shard I/N       run only the cells whose index % N is I-1 (to split a sweep over machines)
${GUARD_HELP}
On a cluster (a file with "nodes") each row has the request figures instead:
count, completed, failed, throughput and latency mean, p50, p95, p99, max;
--cores does not apply (set nodes[i].machine.cores with --set).

A cell whose scenario is invalid, or whose run fails, gets a row with status
"error" and the reason; the other cells still run, and the exit code is 4.
`

interface SweepOptions {
  policies?: PolicyName[]
  cores?: number[]
  seeds?: number[]
  sets: SetDimension[]
  jobs: number
  format: SweepFormat
  out?: string
  resume: boolean
  shard?: Shard
  guards: GuardOverrides
}

function readOptions(args: ReturnType<typeof parseArgs>): SweepOptions {
  const opt = (name: string) => args.options.get(name)
  const raw = (name: string, parse: (v: string) => number[]) => {
    const v = opt(name)
    return v === undefined ? undefined : parse(v)
  }
  const sets = (args.repeated.get('set') ?? []).map(parseSetOption)
  const paths = new Set<string>()
  for (const s of sets) {
    if (paths.has(s.path)) throw new UsageError(`--set: ${s.path} is set twice`)
    paths.add(s.path)
  }
  const policies = opt('policies')
  const out = opt('out')
  const resume = args.switches.has('resume')
  if (resume && (out === undefined || out === '-'))
    throw new UsageError('--resume: needs --out PATH (the file whose rows are kept)')
  const shard = opt('shard')
  return {
    policies:
      policies === undefined ? undefined : choiceListOption('policies', policies, POLICY_NAMES),
    cores: raw('cores', parseCoresList),
    seeds: raw('seeds', parseSeeds),
    sets,
    jobs: intOption('jobs', opt('jobs') ?? String(availableParallelism()), 1, 1024),
    format: choiceOption('format', opt('format') ?? 'csv', SWEEP_FORMATS),
    out,
    resume,
    shard: shard === undefined ? undefined : parseShard(shard),
    guards: guardOverrides(opt)
  }
}

/** The rows of a previous run kept by --resume, by cell index; failed rows are run again. */
async function keptRows(
  o: SweepOptions & { out: string },
  grid: SweepGrid,
  cells: readonly Cell[]
): Promise<Map<number, string>> {
  let text: string
  try {
    text = await readFile(o.out, 'utf8')
  } catch (e) {
    // Nothing to resume from yet: a job script may pass --resume on its first run too.
    if ((e as { code?: unknown }).code === 'ENOENT') return new Map()
    throw new FileSystemError(`cannot read ${JSON.stringify(o.out)}: ${describeFsError(e)}`)
  }
  let previous
  try {
    previous = previousRows(o.format, grid, text)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new UsageError(
      `--resume: ${JSON.stringify(o.out)} is not this sweep's ${o.format}: ${why}`
    )
  }
  const byKey = new Map(
    cells.map((c) => [rowKey(o.format, parameterValues(grid, { ...c, cell: c.index })), c.index])
  )
  const kept = new Map<number, string>()
  for (const [n, row] of previous.entries()) {
    const index = byKey.get(row.key)
    if (index === undefined)
      throw new UsageError(
        `--resume: row ${n + 1} of ${JSON.stringify(o.out)} is not a cell of this sweep; resume with the options (and --shard) that wrote it`
      )
    if (!row.failed) kept.set(index, row.text)
  }
  return kept
}

export async function sweepCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    name: 'sweep',
    options: [
      'policies',
      'cores',
      'seeds',
      'set',
      'jobs',
      'format',
      'out',
      'shard',
      ...GUARD_OPTIONS
    ],
    repeatable: ['set'],
    switches: ['resume'],
    positionals: ['FILE']
  })
  if (args.help) return printHelp(SWEEP_HELP)
  // Every option is checked before the file is read, so a typo costs no I/O.
  const o = readOptions(args)
  const { scenario: loaded, label } = await loadScenario(args.positionals[0])
  const base = loaded
  if (base.nodes && o.cores !== undefined)
    throw new UsageError(
      '--cores: a cluster sets its cores per node; sweep them with --set nodes[0].machine.cores=1,2'
    )
  warnClamped(base, o.guards, `schedlab sweep ${label}`)
  const grid: SweepGrid = {
    cluster: base.nodes !== undefined,
    policies: o.policies ?? [base.scheduler.policy],
    cores: o.cores ?? [base.machine.cores],
    seeds: o.seeds ?? [base.seed],
    sets: o.sets
  }
  checkGridSize(grid)
  for (const s of grid.sets) {
    const why = pathProblem(base, s.parts)
    if (why) throw new UsageError(`--set ${s.path}: ${why} in this scenario`)
  }
  const cells: Cell[] = []
  for (let i = 0; i < cellCount(grid); i++) if (inShard(i, o.shard)) cells.push(cellAt(grid, i))
  const kept =
    o.resume && o.out !== undefined
      ? await keptRows({ ...o, out: o.out }, grid, cells)
      : new Map<number, string>()
  const todo = cells.filter((c) => !kept.has(c.index))

  const rendered = new Map(kept)
  const document = () =>
    renderDocument(
      o.format,
      grid,
      cells.flatMap((c) => rendered.get(c.index) ?? [])
    )
  const checkpoints = checkpointer(o.out, document)
  const progress = sweepProgress(process.stderr, todo.length)
  let failed = 0
  await runCells(todo, {
    base,
    grid,
    guards: o.guards,
    jobs: Math.min(o.jobs, todo.length),
    entry: process.argv[1],
    onRow: (row: SweepRow) => {
      rendered.set(row.cell, renderRow(o.format, grid, row))
      if (row.status === 'error') failed++
      progress.cell(row.status === 'error')
      return checkpoints.maybe() ?? undefined
    }
  })
  progress.end()
  await checkpoints.settle()
  await writeOutput(document(), o.out)
  if (failed === 0) return ExitCode.ok
  process.stderr.write(
    `schedlab sweep: ${failed} of ${todo.length} cells failed; their rows have status "error" and the reason\n`
  )
  return ExitCode.cellsFailed
}

/** Rewrites --out with the rows so far at most once a second, so a killed sweep can --resume. */
function checkpointer(out: string | undefined, document: () => Iterable<string>) {
  let last = Date.now()
  let pending: Promise<void> | null = null
  let failure: unknown = null
  return {
    /** Starts a write if one is due; returns it (or the one in flight). */
    maybe(): Promise<void> | null {
      if (out === undefined || out === '-' || pending || Date.now() - last < 1000) return pending
      pending = writeOutput(document(), out)
        .catch((e: unknown) => void (failure ??= e))
        .finally(() => {
          pending = null
          last = Date.now()
        })
      return pending
    },
    async settle(): Promise<void> {
      await pending
      if (failure) throw failure
    }
  }
}
