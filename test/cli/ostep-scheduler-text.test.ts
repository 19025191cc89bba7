// `schedlab ostep scheduler` text output: the job list and, with -c, the execution trace, parsed
// back and compared with what upstream scheduler.py printed for every reference case.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../cli/main'
import { referenceCases } from '../helpers/reference'
import { captureCli } from '../helpers/capture-cli'

interface Case {
  case: string
  options: string[]
  jobs: { id: number; arrival: number; length: number }[]
  expected: { trace: { time: number; job: number; ran: number; done_at: number | null }[] }
}

const cases = referenceCases<Case>('ostep/cases', (f) => /^scheduler-\d+\.json$/.test(f)).map(
  (c) => c.data
)

const cli = (args: string[]) => captureCli(main, args)

afterEach(() => vi.restoreAllMocks())

const JOB_LINE = /^ {2}Job (\d+) \( length = (\d+(?:\.\d+)?) \)$/
const TRACE_LINE =
  /^ {2}\[ time +(\d+) \] Run job +(\d+) for (\d+\.\d\d) secs(?: \( DONE at (\d+\.\d\d) \))?$/

function jobList(stdout: string) {
  return stdout
    .split('\n')
    .map((l) => JOB_LINE.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({ id: Number(m[1]), arrival: 0, length: Number(m[2]) }))
}

describe('schedlab ostep scheduler text', () => {
  it('has reference cases', () => expect(cases.length).toBeGreaterThan(5))

  for (const c of cases) {
    it(`${c.case}: ${c.options.join(' ')} prints upstream's job list and trace`, async () => {
      const out = await cli(['ostep', 'scheduler', ...c.options])
      expect(out.code).toBe(0)
      const lines = out.stdout.split('\n')
      // Upstream echoes its options first (ostep-header.test.ts checks those lines exactly).
      expect(lines[0]).toBe(`ARG policy ${c.options[c.options.indexOf('-p') + 1]}`)
      expect(lines).toContain('Here is the job list, with the run time of each job: ')
      expect(jobList(out.stdout)).toEqual(c.jobs)
      const start = lines.indexOf('Execution trace:')
      expect(lines.indexOf('** Solutions **')).toBeGreaterThan(0)
      expect(start).toBeGreaterThan(lines.indexOf('** Solutions **'))
      const end = lines.indexOf('', start)
      const trace = lines.slice(start + 1, end).map((l) => {
        const m = TRACE_LINE.exec(l)
        if (m === null) throw new Error(`not a trace line: ${JSON.stringify(l)}`)
        return {
          time: Number(m[1]),
          job: Number(m[2]),
          ran: Number(m[3]),
          done_at: m[4] === undefined ? null : Number(m[4])
        }
      })
      expect(trace).toEqual(c.expected.trace)
      expect(lines[end + 1]).toBe('Final statistics:')
    })
  }

  it('prints the exact upstream line formats for FIFO and RR', async () => {
    const fifo = await cli(['ostep', 'scheduler', '-p', 'FIFO', '-l', '9,1', '-c'])
    expect(fifo.stdout).toContain('  Job 0 ( length = 9.0 )\n')
    expect(fifo.stdout).toContain('  [ time   0 ] Run job 0 for 9.00 secs ( DONE at 9.00 )\n')
    const rr = await cli(['ostep', 'scheduler', '-p', 'RR', '-l', '2,1', '-c'])
    expect(rr.stdout).toContain('  [ time   0 ] Run job   0 for 1.00 secs\n')
    expect(rr.stdout).toContain('  [ time   2 ] Run job   0 for 1.00 secs ( DONE at 3.00 )\n')
  })

  it('without -c prints the job list and a note, not the answers', async () => {
    const out = await cli(['ostep', 'scheduler', '-s', '1', '-j', '3'])
    expect(out.code).toBe(0)
    expect(jobList(out.stdout).map((j) => j.length)).toEqual([2, 9, 8])
    expect(out.stdout).toMatch(/run this program again, with the same arguments,\nbut with -c/)
    expect(out.stdout).not.toContain('Execution trace:')
    expect(out.stdout).not.toContain('Final statistics:')
  })

  it('--json keeps the documented shape (no trace)', async () => {
    const out = await cli(['ostep', 'scheduler', '-p', 'RR', '-l', '3,5,2', '-c', '--json'])
    expect(Object.keys(JSON.parse(out.stdout))).toEqual(['jobs', 'average'])
  })
})

describe('a long job list', () => {
  it('runs like upstream: the translated scenario’s name no longer outgrows the schema', async () => {
    const r = await cli(['ostep', 'scheduler', '-j', '100', '-s', '3', '-c', '--json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { jobs: unknown[] }
    expect(report.jobs).toHaveLength(100)
  })
})

describe('final statistics order', () => {
  const STAT_LINE = /^ {2}Job +(\d+) -- Response:/
  for (const c of cases) {
    const policy = c.options[c.options.indexOf('-p') + 1]
    it(`${c.case}: ${policy === 'SJF' ? 'run order, as upstream lists SJF' : 'job-id order'}`, async () => {
      const out = await cli(['ostep', 'scheduler', ...c.options])
      const listed = out.stdout
        .split('\n')
        .map((l) => STAT_LINE.exec(l))
        .filter((m) => m !== null)
        .map((m) => Number(m[1]))
      // Run order: the jobs in the order their last slice ends in upstream's trace.
      const runOrder = c.expected.trace.filter((e) => e.done_at !== null).map((e) => e.job)
      expect(listed).toEqual(policy === 'SJF' ? runOrder : c.jobs.map((j) => j.id))
    })
  }
})
