// Opening a hostile file in the app: 1000 nested repeats overflowed the validator's recursion
// and the app showed nothing. Now the open is refused with the path and the limit, and the
// document that was open stays as it was.
import { fireEvent, screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderApp } from './app-helpers'
import { sampleDraft } from './helpers'

type Op = { cpu: number } | { repeat: number; ops: Op[] }

it('refuses a file with 1000 nested repeats, says where and why, and keeps the open document', async () => {
  const { store, files } = renderApp()
  fireEvent.click(screen.getByRole('button', { name: 'Lock contention' }))
  await screen.findByRole('button', { name: 'Run' })
  const before = store.getState().draft

  let ops: Op[] = [{ cpu: 1 }]
  for (let i = 0; i < 1000; i++) ops = [{ repeat: 1, ops }]
  const deep = sampleDraft() as unknown as { processes: { threads: { ops: Op[] }[] }[] }
  deep.processes[0].threads[0].ops = ops
  files.nextOpen = { kind: 'opened', file: { name: 'deep.json', text: JSON.stringify(deep) } }
  fireEvent.click(screen.getByRole('button', { name: 'Open scenario' }))

  const dialog = await screen.findByRole('alertdialog', { name: 'Could not open deep.json' })
  // The 65th level is the op inside the 29th repeat (see test/sim-core/hostile-scenario.test.ts).
  expect(
    within(dialog).getByText(
      'processes[0].threads[0].ops[0]' + '.ops[0]'.repeat(29) + ': nesting deeper than 64 levels'
    )
  ).toBeTruthy()
  expect(store.getState().draft).toBe(before)
  // The whole app in jsdom: seconds on a busy machine.
}, 30_000)
