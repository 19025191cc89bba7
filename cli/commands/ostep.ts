// `schedlab ostep scheduler|mlfq|process-run|multi|lottery FLAGS [--json] [--save PATH]`: the OSTEP homework
// simulators' answers, computed by translating their flags into an ordinary scenario and running
// it through the same engine as every other scenario.
import {
  OSTEP_SIMS,
  ostepAdapter,
  OstepUsageError,
  type OstepSim
} from '../../sim-core/compat/ostep/index'
import { problemToString, simulate, validateScenario } from '../../sim-core/index'
import { writeOutput } from '../output'

const USAGE = `Usage: schedlab ostep scheduler|mlfq|process-run|multi|lottery [OSTEP flags] [--json] [--save PATH]

  scheduler    -p FIFO|SJF|RR [-q Q] (-l 3,5,2 | -s SEED -j N [-m MAXLEN])
  mlfq         [-n N -q Q -a A | -Q q1,q2,.. -A a1,a2,..] [-B BOOST] [-i IOTIME] [-S] [-I]
               (-l start,run,ioFreq:... | -s SEED -j N [-m MAXLEN] [-M MAXIO])
  process-run  (-P c3,i,c2:c4 | -s SEED -l X:Y,...) [-L IOLEN] [-S SWITCH_ON_IO|SWITCH_ON_END]
               [-I IO_RUN_LATER|IO_RUN_IMMEDIATE]
  multi        [-n CPUS -q Q] (-L name:run:wset,... | -s SEED -j N [-R MAXRUN] [-W MAXWSET])
               [-A name:cpu.cpu,...] [-p [-P PEEK]] [-w WARMUP] [-r WARMRATE] [-M CACHESIZE]
  lottery      (-l len:tix,... | -j N [-m MAXLEN] [-T MAXTIX]) [-s SEED] [-q Q] [-c]

  --json       print the answers as JSON (the shape in docs/ostep.md)
  --save PATH  also write the translated scenario, to open in the app or run with schedlab run
`

export async function ostepCommand(args: string[]): Promise<number> {
  const [sim, ...rest] = args
  if (sim === undefined || sim === '--help' || sim === '-h') {
    process.stdout.write(USAGE)
    return sim === undefined ? 2 : 0
  }
  if (!(OSTEP_SIMS as readonly string[]).includes(sim)) {
    process.stderr.write(
      `schedlab ostep: unknown simulator '${sim}' (expected ${OSTEP_SIMS.join(', ')})\n`
    )
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(USAGE)
    return 0
  }
  let json = false
  let save: string | undefined
  const flags: string[] = []
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--json') json = true
    else if (rest[i] === '--save') {
      save = rest[++i]
      if (save === undefined) {
        process.stderr.write('schedlab ostep: --save needs a path\n')
        return 2
      }
    } else flags.push(rest[i])
  }
  let run
  try {
    run = ostepAdapter(sim as OstepSim, flags)
  } catch (e) {
    if (e instanceof OstepUsageError) {
      process.stderr.write(`schedlab ostep ${sim}: ${e.message}\n`)
      return 2
    }
    throw e
  }
  const valid = validateScenario(run.scenario)
  if (!valid.ok) {
    for (const p of valid.problems)
      process.stderr.write(`schedlab ostep ${sim}: ${problemToString(p)}\n`)
    return 2
  }
  // The CLI's own atomic writer: a failure becomes a FileSystemError, reported with exit 3.
  if (save !== undefined) await writeOutput([JSON.stringify(run.scenario, null, 2) + '\n'], save)
  const result = simulate(valid.scenario)
  const report = run.report(result)
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : run.text(report, result))
  return 0
}
