// `schedlab ostep` text output opens with the header the upstream scripts print before anything
// else. Provenance of the expected lines: ostep-homework's cpu-sched/scheduler.py prints
//   print('ARG policy', options.policy)
//   if options.jlist == '': print('ARG jobs', ...); print('ARG maxlen', ...); print('ARG seed', ...)
//   else: print('ARG jlist', options.jlist)
//   print('')
// and cpu-sched-mlfq/mlfq.py prints 'Here is the list of inputs:', then `OPTIONS jobs`, `OPTIONS
// queues`, per queue from n-1 (the highest) down to 0 '%2d'/'%3d'-formatted allotment and quantum
// lines, `OPTIONS boost/ioTime/stayAfterIO/iobump` (Python booleans), print('\n'), then the
// description of the job fields and 'Job List:' with 'Job %2d: startTime %3d - runTime %3d -
// ioFreq %3d'. cpu-intro/process-run.py prints no header of its options at all. The lines below
// were written out by hand from those print statements for these flags.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../cli/main'
import { captureCli } from '../helpers/capture-cli'

afterEach(() => vi.restoreAllMocks())

async function firstLines(args: string[], n: number): Promise<string[]> {
  const out = await captureCli(main, ['ostep', ...args])
  expect(out.stderr).toBe('')
  expect(out.code).toBe(0)
  return out.stdout.split('\n').slice(0, n)
}

describe('schedlab ostep text header', () => {
  it('scheduler with -l echoes the policy and the list as typed', async () => {
    expect(await firstLines(['scheduler', '-p', 'RR', '-q', '2', '-l', '3,5,2'], 4)).toEqual([
      'ARG policy RR',
      'ARG jlist 3,5,2',
      '',
      'Here is the job list, with the run time of each job: '
    ])
  })

  it('scheduler with a random workload echoes jobs, maxlen and seed (defaults included)', async () => {
    expect(await firstLines(['scheduler', '-s', '1', '-j', '2'], 6)).toEqual([
      'ARG policy FIFO',
      'ARG jobs 2',
      'ARG maxlen 10',
      'ARG seed 1',
      '',
      'Here is the job list, with the run time of each job: '
    ])
  })

  it('mlfq lists its inputs, queues highest first, then the job list', async () => {
    const lines = await firstLines(
      ['mlfq', '-l', '0,10,3:2,5,0', '-Q', '4,8', '-A', '1,2', '-S'],
      25
    )
    expect(lines).toEqual([
      'Here is the list of inputs:',
      'OPTIONS jobs 2',
      'OPTIONS queues 2',
      'OPTIONS allotments for queue  1 is   1',
      'OPTIONS quantum length for queue  1 is   4',
      'OPTIONS allotments for queue  0 is   2',
      'OPTIONS quantum length for queue  0 is   8',
      'OPTIONS boost 0',
      'OPTIONS ioTime 5',
      'OPTIONS stayAfterIO True',
      'OPTIONS iobump False',
      '',
      '',
      'For each job, three defining characteristics are given:',
      '  startTime : at what time does the job enter the system',
      '  runTime   : the total CPU time needed by the job to finish',
      '  ioFreq    : every ioFreq time units, the job issues an I/O',
      '              (the I/O takes ioTime units to complete)',
      '',
      'Job List:',
      '  Job  0: startTime   0 - runTime  10 - ioFreq   3',
      '  Job  1: startTime   2 - runTime   5 - ioFreq   0',
      '',
      // The final statistics follow (upstream's tick trace is not reproduced; docs/ostep.md).
      'Final statistics:',
      '  Job  0: startTime   0 - response   0 - turnaround  25'
    ])
  })

  it('mlfq with -n/-q/-a/-B/-i/-I echoes the expanded per-queue values', async () => {
    const lines = await firstLines(
      ['mlfq', '-n', '2', '-q', '5', '-a', '3', '-B', '50', '-i', '1', '-I', '-l', '0,4,0'],
      11
    )
    expect(lines).toEqual([
      'Here is the list of inputs:',
      'OPTIONS jobs 1',
      'OPTIONS queues 2',
      'OPTIONS allotments for queue  1 is   3',
      'OPTIONS quantum length for queue  1 is   5',
      'OPTIONS allotments for queue  0 is   3',
      'OPTIONS quantum length for queue  0 is   5',
      'OPTIONS boost 50',
      'OPTIONS ioTime 1',
      'OPTIONS stayAfterIO False',
      'OPTIONS iobump True'
    ])
  })

  it('process-run prints no options header, as upstream', async () => {
    const lines = await firstLines(['process-run', '-P', 'c3,i:c2', '-L', '2'], 1)
    expect(lines[0]).toBe('PID 0: first run at tick 1, done at 7, 5 CPU ticks')
  })
})
