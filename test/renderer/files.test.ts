import { describe, expect, it } from 'vitest'
import { generateScenario, problemToString, validateScenario } from '../../sim-core/index'
import type { DesktopApi } from '../../main/ipc/contract'
import { createDesktopFiles } from '../../renderer/src/files/desktop-files'
import { interpretScenarioText } from '../../renderer/src/files/open-document'
import { addRecent, loadRecent } from '../../renderer/src/files/recent'
import {
  commandLine,
  DEFAULT_FORM,
  readForm
} from '../../renderer/src/features/generate/generate-form'
import { blankScenario, serializeDraft } from '../../renderer/src/scenario/blank'
import { MemoryStorage, sampleDraft } from './helpers'

describe('opening scenario text', () => {
  it('keeps a valid file exactly as written (no defaults added)', () => {
    const text = serializeDraft(sampleDraft())
    const r = interpretScenarioText(text)
    expect(r).toEqual({ ok: true, draft: sampleDraft(), repairs: [] })
    expect(r.ok && serializeDraft(r.draft)).toBe(text)
  })

  it('opens a scenario the app saved with problems again, exactly as saved', () => {
    // What issue 11 met: a new scenario whose thread locks an undeclared lock, a process with
    // no threads, a zero quantum. Before, opening it was refused ("The file has 3 problems").
    const draft = blankScenario('web server')
    draft.scheduler = { policy: 'rr', quantum: 0 }
    draft.processes[0].threads[0].ops = [{ lock: 'db' }, { cpu: 2 }, { unlock: 'db' }]
    draft.processes.push({ name: 'empty', threads: [] })
    const text = serializeDraft(draft)
    const r = interpretScenarioText(text)
    if (!r.ok) throw new Error(`refused: ${r.problems.map(problemToString).join('; ')}`)
    expect(r.repairs).toEqual([])
    expect(serializeDraft(r.draft)).toBe(text)
    const problems = validateScenario(r.draft)
    expect(problems.ok ? [] : problems.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['scheduler.quantum', 'processes[1].threads'])
    )
  })

  it('opens values of the wrong type as written, for the problems list to name', () => {
    const bad = {
      ...sampleDraft(),
      name: 5,
      machine: { cores: 'two' },
      colour: 'red',
      processes: [{ name: ['web'], arrival: 'soon', threads: [{ name: 'w', ops: [{ cpu: '3' }] }] }]
    }
    const r = interpretScenarioText(JSON.stringify(bad))
    expect(r).toEqual({ ok: true, draft: bad, repairs: [] })
  })

  it('replaces a list or an object of the wrong kind, and says where', () => {
    const bad = {
      ...sampleDraft(),
      machine: 4,
      devices: 'disk',
      processes: [
        5,
        {
          name: 'p',
          affinity: 'all',
          threads: [{ name: 't', ops: [{ repeat: 2, ops: 'cpu 1' }] }]
        }
      ]
    }
    const r = interpretScenarioText(JSON.stringify(bad))
    if (!r.ok) throw new Error('refused')
    expect(r.draft.machine).toEqual({})
    expect(r.draft).not.toHaveProperty('devices')
    expect(r.draft.processes[0]).toEqual({ threads: [] })
    expect(r.draft.processes[1]).toEqual({
      name: 'p',
      threads: [{ name: 't', ops: [{ repeat: 2, ops: [] }] }]
    })
    expect(r.repairs.map(problemToString)).toEqual([
      'machine: expected an object, got 4; the editor shows an empty one',
      'devices: expected a list, got "disk"; left out',
      'processes[0]: expected an object, got 5; the editor shows an empty one',
      'processes[0].threads: required field is missing; the editor shows an empty list',
      'processes[1].affinity: expected a list, got "all"; left out',
      'processes[1].threads[0].ops[0].ops: expected a list, got "cpu 1"; the editor shows an empty list'
    ])
  })

  it('refuses only what is not a scenario at all, and says why', () => {
    const why = (text: string) => {
      const r = interpretScenarioText(text)
      return r.ok ? 'opened' : r.problems.map(problemToString).join('; ')
    }
    expect(why('{ "format": ')).toMatch(/^not valid JSON/)
    expect(why('  ')).toBe('the file is empty')
    expect(why('[1, 2]')).toMatch(/^expected a scenario object/)
    expect(why(JSON.stringify({ ...sampleDraft(), format: 'other/thing' }))).toBe(
      'format: expected "schedlab/scenario", got "other/thing": not a SchedLab scenario'
    )
    expect(why(JSON.stringify({ name: 'x', processes: [] }))).toBe(
      'format: missing: a SchedLab scenario starts with "format": "schedlab/scenario"'
    )
    // 40 nested repeats: 2 levels each, far past the 64 levels any scenario needs.
    let ops: unknown[] = [{ cpu: 1 }]
    for (let i = 0; i < 40; i++) ops = [{ repeat: 2, ops }]
    const deep = sampleDraft() as unknown as { processes: { threads: { ops: unknown }[] }[] }
    deep.processes[0].threads[0].ops = ops
    expect(why(JSON.stringify(deep))).toBe('nested deeper than 64 levels')
    const large = JSON.stringify({ ...sampleDraft(), description: 'x'.repeat(17 * 1024 * 1024) })
    expect(why(large)).toMatch(/^the file is too large \(17\.0 MB; at most 16 MB\)/)
  })
})

describe('recent files', () => {
  it('keeps the most recent first, once per name, at most eight', () => {
    const storage = new MemoryStorage()
    for (let i = 0; i < 10; i++) addRecent(storage, { name: `f${i}.json`, text: '{}', at: i })
    addRecent(storage, { name: 'f5.json', text: '{}', at: 99 })
    const list = loadRecent(storage)
    expect(list).toHaveLength(8)
    expect(list[0].name).toBe('f5.json')
    expect(list.filter((r) => r.name === 'f5.json')).toHaveLength(1)
    storage.setItem('schedlab.recent.v1', 'not json')
    expect(loadRecent(storage)).toEqual([])
  })
})

describe('generator dialog form', () => {
  it('turns the form into the options of schedlab generate and the same scenario', () => {
    const { options: read, problems } = readForm(DEFAULT_FORM)
    expect(problems).toEqual({})
    if (!read) throw new Error('the default form should be valid')
    const options = read
    expect(options).toEqual({
      processes: 4,
      threads: 2,
      ioRatio: 0.3,
      arrivalSpread: 40,
      seed: 1,
      cores: 2,
      policy: 'rr'
    })
    expect(commandLine(options)).toBe(
      'schedlab generate --processes 4 --threads 2 --io-ratio 0.3 --arrival-spread 40 --seed 1 --cores 2 --policy rr'
    )
    const scenario = generateScenario(options)
    expect(validateScenario(scenario).ok).toBe(true)
    expect(generateScenario(options)).toEqual(scenario)
  })

  it('reports the generator’s own problems per option', () => {
    const { options, problems } = readForm({ ...DEFAULT_FORM, ioRatio: '2', processes: '' })
    expect(options).toBeNull()
    expect(problems.processes).toBe('required')
    const r = readForm({ ...DEFAULT_FORM, ioRatio: '2' })
    expect(r.problems.ioRatio).toMatch(/from 0 to 1/)
  })
})

describe('desktop files', () => {
  it('plugs the preload API into the same interface: opened, cancelled, failed', async () => {
    const calls: unknown[][] = []
    const api: DesktopApi = {
      openScenario: async () => ({ ok: true, value: { name: 'a.json', text: '{}' } }),
      saveScenario: async (...args) => {
        calls.push(args)
        return args[2] ? { ok: true, value: null } : { ok: false, error: 'disk full' }
      },
      saveExport: async () => ({ ok: true, value: null }),
      setLanguage: async () => ({ ok: true, value: null }),
      onMenuCommand: () => () => {}
    }
    const files = createDesktopFiles(api)
    expect(files.mode).toBe('desktop')
    await expect(files.open()).resolves.toEqual({
      kind: 'opened',
      file: { name: 'a.json', text: '{}' }
    })
    await expect(files.save('a.json', '{}', true)).resolves.toEqual({ kind: 'cancelled' })
    await expect(files.save('a.json', '{}', false)).resolves.toEqual({
      kind: 'failed',
      message: 'disk full'
    })
    expect(calls).toEqual([
      ['a.json', '{}', true],
      ['a.json', '{}', false]
    ])
  })
})
