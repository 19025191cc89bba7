// Documents main hands the page (issue 15): the file a launch names, held until the page asks;
// the crash-recovery folder; and the preload keeping them for a page that subscribes late.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { scenarioArgument } = await import('../../main/launch-files')
const { DocumentInbox } = await import('../../main/documents')
const { recoveryStore, isUnsavedRecord } = await import('../../main/files/recovery')
const { readScenarioFile } = await import('../../main/files/read-scenario')

const dir = mkdtempSync(join(tmpdir(), 'documents-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the file a launch names', () => {
  it('takes the last .json argument, resolved against the launch folder; never a switch', () => {
    expect(scenarioArgument(['/opt/s/schedlab', 'a.schedlab.json'], '/home/u', true)).toBe(
      resolve('/home/u/a.schedlab.json')
    )
    expect(
      scenarioArgument(
        ['/opt/s/schedlab', '--no-sandbox', '/x/A.SCHEDLAB.JSON', 'b.json'],
        '/w',
        true
      )
    ).toBe(resolve('/w/b.json'))
    expect(scenarioArgument(['/opt/s/schedlab', '--inspect=x.json'], '/w', true)).toBeNull()
    expect(scenarioArgument(['/opt/s/schedlab', 'notes.txt'], '/w', true)).toBeNull()
    // Unpackaged: electron, then the app's folder, then the arguments.
    expect(scenarioArgument(['electron', 'app.json', 'c.json'], '/w', false)).toBe(
      resolve('/w/c.json')
    )
    expect(scenarioArgument(['electron', 'app.json'], '/w', false)).toBeNull()
  })

  it('reads it with the size cap, and says why when it cannot', async () => {
    writeFileSync(join(dir, 'ok.json'), '{}')
    expect(await readScenarioFile(join(dir, 'ok.json'))).toEqual({
      ok: true,
      value: { name: 'ok.json', text: '{}' }
    })
    writeFileSync(join(dir, 'big.json'), Buffer.alloc(17 * 1024 * 1024, 32))
    expect(await readScenarioFile(join(dir, 'big.json'))).toEqual({
      ok: false,
      error: 'big.json is too large (17.0 MB; at most 16 MB)'
    })
    expect(await readScenarioFile(join(dir, 'gone.json'))).toEqual({
      ok: false,
      error: 'gone.json does not exist'
    })
    mkdirSync(join(dir, 'folder.json'))
    expect(await readScenarioFile(join(dir, 'folder.json'))).toEqual({
      ok: false,
      error: 'folder.json is not a file'
    })
  })
})

describe('DocumentInbox', () => {
  it('holds documents until the page asks, then pushes them', () => {
    const inbox = new DocumentInbox()
    const sent: unknown[][] = []
    const page = { id: 7, send: (...a: unknown[]) => sent.push(a), isDestroyed: () => false }
    const doc = { kind: 'file' as const, name: 'a.json', text: '{}' }
    inbox.deliver(page as never, doc)
    expect(sent).toEqual([])
    expect(inbox.take(7)).toEqual([doc])
    expect(inbox.take(7)).toEqual([])
    inbox.deliver(page as never, doc)
    expect(sent).toEqual([['document:incoming', doc]])
    inbox.forget(7)
    inbox.deliver(page as never, doc)
    expect(sent).toHaveLength(1)
  })
})

describe('recovery folder (userData/recovery)', () => {
  const unsaved = (name: string) =>
    JSON.stringify({ id: name, draft: { name }, fileName: null, unsaved: true, at: 1 })

  it('keeps one record per window; a closed window and a clean quit remove them', async () => {
    const store = recoveryStore(join(dir, 'user-a'))
    await store.write(1, unsaved('one'))
    await store.write(1, unsaved('one again'))
    await store.write(2, unsaved('two'))
    expect(readFileSync(join(store.folder, 'window-1.json'), 'utf8')).toBe(unsaved('one again'))
    // Private to the user, like the rest of userData.
    expect(statSync(store.folder).mode & 0o777).toBe(0o700)
    store.remove(1)
    expect(existsSync(join(store.folder, 'window-1.json'))).toBe(false)
    store.clear()
    expect(existsSync(store.folder)).toBe(false)
  })

  it('a write still in flight when its window closes or the app quits leaves no record', async () => {
    const store = recoveryStore(join(dir, 'user-late'))
    // The page's autosave reached main just before the user closed the window (choosing to
    // discard): the record must not come back as a crash at the next start.
    const late = store.write(5, unsaved('closing'))
    store.remove(5)
    await late
    expect(existsSync(join(store.folder, 'window-5.json'))).toBe(false)
    await store.write(5, unsaved('after the close'))
    expect(existsSync(join(store.folder, 'window-5.json'))).toBe(false)
    const quitting = store.write(6, unsaved('quitting'))
    store.clear()
    await quitting
    expect(existsSync(join(store.folder, 'window-6.json'))).toBe(false)
    expect(await store.takeCrashed()).toEqual([])
  })

  it('after a crash, hands back the unsaved records oldest first and removes every file', async () => {
    const store = recoveryStore(join(dir, 'user-b'))
    await store.write(1, unsaved('newer'))
    await store.write(2, unsaved('older'))
    await store.write(3, JSON.stringify({ draft: {}, unsaved: false }))
    await store.write(4, 'not json')
    utimesSync(join(store.folder, 'window-2.json'), 1, 1)
    writeFileSync(join(store.folder, 'notes.txt'), 'left alone')
    expect(await store.takeCrashed()).toEqual([unsaved('older'), unsaved('newer')])
    expect(await store.takeCrashed()).toEqual([])
    expect(existsSync(join(store.folder, 'notes.txt'))).toBe(true)
    expect(await recoveryStore(join(dir, 'never-used')).takeCrashed()).toEqual([])
  })

  it('a record name that cannot be removed (a folder) does not stop the others, or the start', async () => {
    const store = recoveryStore(join(dir, 'user-c'))
    await store.write(1, unsaved('kept'))
    mkdirSync(join(store.folder, 'window-2.json'))
    expect(await store.takeCrashed()).toEqual([unsaved('kept')])
    expect(existsSync(join(store.folder, 'window-1.json'))).toBe(false)
  })

  it('offers only records with a draft and unsaved changes', () => {
    expect(isUnsavedRecord(unsaved('x'))).toBe(true)
    expect(isUnsavedRecord('{"draft":{},"unsaved":false}')).toBe(false)
    expect(isUnsavedRecord('{"draft":null,"unsaved":true}')).toBe(false)
    expect(isUnsavedRecord('{')).toBe(false)
  })
})
