// `npm run bench:sweep`: the whole `schedlab sweep` command on 3 policies × 3 core counts ×
// 4 seeds (36 cells) with --jobs 1 and --jobs 2, as a user runs it (node bin/schedlab.mjs). The
// goal on a 2-core machine: --jobs 2 within 0.75× the wall time of --jobs 1, with the same bytes.
// `npm run bench:sweep -- 3` repeats each measurement 3 times (the machine may be shared).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { benchWorkload } from './workload'

/** About a second per cell on an idle 2-core machine of 2026: heavy enough to hide worker start-up. */
const THREADS = 1000
const ITERATIONS = 60
const repeats = Math.max(1, Number(process.argv[2] ?? 1) || 1)

/**
 * The control: the same fixed amount of pure arithmetic on 1 and on 2 worker threads, measured
 * beside the sweep. On a machine that other work keeps busy, this ratio shows how much of a
 * second core there was to have; the sweep cannot beat it.
 */
async function controlRatio(): Promise<number> {
  const spin = (units: number) =>
    new Promise<void>((resolve, reject) => {
      const code =
        "const { parentPort, workerData } = require('node:worker_threads');" +
        'let x = 0; for (let i = 0; i < workerData * 1e8; i++) x += i % 7; parentPort.postMessage(x)'
      new Worker(code, { eval: true, workerData: units })
        .once('message', () => resolve())
        .once('error', reject)
    })
  const t0 = performance.now()
  await spin(4)
  const one = performance.now() - t0
  const t1 = performance.now()
  await Promise.all([spin(2), spin(2)])
  return (performance.now() - t1) / one
}

const dir = mkdtempSync(join(tmpdir(), 'schedlab-bench-sweep-'))
try {
  const file = join(dir, 'workload.json')
  writeFileSync(file, JSON.stringify(benchWorkload('rr', THREADS, ITERATIONS)))
  const sweep = (jobs: number, out: string): number => {
    const args = ['bin/schedlab.mjs', 'sweep', file, '--policies', 'fcfs,rr,mlfq']
    args.push('--cores', '1,2,4', '--seeds', '1-4', '--jobs', String(jobs), '--out', out)
    const t0 = performance.now()
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    const ms = performance.now() - t0
    if (r.status !== 0) throw new Error(`sweep --jobs ${jobs} failed: ${String(r.stderr)}`)
    return ms
  }
  console.log(
    `sweep: ${THREADS} threads × ${ITERATIONS} iterations, 36 cells, ${availableParallelism()} cores available`
  )
  const ratios: number[] = []
  for (let i = 0; i < repeats; i++) {
    const one = sweep(1, join(dir, 'jobs1.csv'))
    const two = sweep(2, join(dir, 'jobs2.csv'))
    const a = readFileSync(join(dir, 'jobs1.csv'), 'utf8')
    const b = readFileSync(join(dir, 'jobs2.csv'), 'utf8')
    const rows = a.trimEnd().split('\n').length - 1
    ratios.push(two / one)
    const control = await controlRatio()
    console.log(
      `  --jobs 1 ${(one / 1000).toFixed(2)} s, --jobs 2 ${(two / 1000).toFixed(2)} s, ratio ${(two / one).toFixed(2)} (goal ≤ 0.75); ${rows} rows, ${a === b ? 'identical bytes' : 'OUTPUTS DIFFER'}`
    )
    console.log(
      `    control: pure arithmetic on 2 threads vs 1, ratio ${control.toFixed(2)} (1 core free: 0.5)`
    )
  }
  if (repeats > 1) console.log(`  best ratio ${Math.min(...ratios).toFixed(2)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
