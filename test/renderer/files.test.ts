import { describe, expect, it } from 'vitest'
import { generateScenario, validateScenario } from '../../sim-core/index'
import type { DesktopApi } from '../../main/ipc/contract'
import { readAutosave, startAutosave } from '../../renderer/src/files/autosave'
import { createDesktopFiles } from '../../renderer/src/files/desktop-files'
import { interpretScenarioText } from '../../renderer/src/files/open-document'
import { addRecent, loadRecent } from '../../renderer/src/files/recent'
import {
  commandLine,
  DEFAULT_FORM,
  readForm
} from '../../renderer/src/features/generate/generate-form'
import { serializeDraft } from '../../renderer/src/scenario/blank'
import { MemoryStorage, sampleDraft, testStore } from './helpers'

describe('opening scenario text', () => {
  it('keeps a valid file exactly as written (no defaults added)', () => {
    const text = serializeDraft(sampleDraft())
    const r = interpretScenarioText(text)
    expect(r).toEqual({ ok: true, draft: sampleDraft() })
    expect(r.ok && serializeDraft(r.draft)).toBe(text)
  })

  it('returns every problem, each with its path, for broken files', () => {
    expect(interpretScenarioText('{ "format": ')).toMatchObject({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/^not valid JSON/) }]
    })
    const bad = { ...sampleDraft(), machine: { cores: -1 }, colour: 'red' }
    const r = interpretScenarioText(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['machine.cores', 'colour'])
    )
  })
})

describe('recent files and autosave', () => {
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

  it('autosaves the draft shortly after an edit and offers it back', async () => {
    const storage = new MemoryStorage()
    const { store } = testStore()
    ;(globalThis as { window?: unknown }).window ??= {
      addEventListener() {},
      removeEventListener() {}
    }
    const stop = startAutosave(store, storage, 5)
    store.getState().setField(['name'], 'edited')
    await new Promise((r) => setTimeout(r, 20))
    const record = readAutosave(storage)
    expect(record?.draft.name).toBe('edited')
    expect(record?.unsaved).toBe(true)
    expect(record?.fileName).toBe('sample.json')
    stop()
    storage.setItem('schedlab.autosave.v1', JSON.stringify({ draft: { processes: 1 } }))
    expect(readAutosave(storage)).toBeNull()
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
