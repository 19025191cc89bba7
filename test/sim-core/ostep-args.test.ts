import { describe, expect, it } from 'vitest'
import { OstepUsageError, parseFlags, type FlagSpec } from '../../sim-core/compat/ostep/args'

const specs: FlagSpec[] = [
  { short: '-c', value: false },
  { short: '-p', long: '--printstats', value: false },
  { short: '-q', long: '--quantum', value: true }
]

describe('OSTEP flags, as optparse reads them', () => {
  it('clusters short switches, and a valued flag in a cluster takes the rest', () => {
    expect([...parseFlags(['-cp'], specs)]).toEqual([
      ['-c', true],
      ['-p', true]
    ])
    expect(parseFlags(['-cq3'], specs).get('-q')).toBe('3')
    expect(parseFlags(['-cq', '7'], specs).get('-q')).toBe('7')
    expect(parseFlags(['-q5', '--printstats'], specs)).toEqual(
      new Map<string, string | true>([
        ['-q', '5'],
        ['-p', true]
      ])
    )
  })

  it('names the unknown letter inside a cluster', () => {
    expect(() => parseFlags(['-cx'], specs)).toThrow(OstepUsageError)
    expect(() => parseFlags(['-cx'], specs)).toThrow('unknown option -x in -cx')
    expect(() => parseFlags(['--printstats=1'], specs)).toThrow('-p takes no value')
  })
})
