import { expect, it } from 'vitest'
import { commandName } from '../../sim-core/compat/ostep/common'

it('keeps a translated scenario’s name within the schema’s 200 characters', () => {
  expect(commandName('OSTEP scheduler.py -p FIFO -l 1,2')).toBe('OSTEP scheduler.py -p FIFO -l 1,2')
  const long = `OSTEP scheduler.py -p FIFO -l ${Array.from({ length: 100 }, (_, i) => i + 100).join(',')}`
  const cut = commandName(long)
  expect(cut).toHaveLength(200)
  expect(cut.endsWith('…')).toBe(true)
  expect(long.startsWith(cut.slice(0, 199))).toBe(true)
})
