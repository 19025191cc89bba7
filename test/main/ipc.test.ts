import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { registerIpc, isTrustedSender } = await import('../../main/ipc/register')
const { fileHandlers } = await import('../../main/ipc/file-handlers')
const { appHandlers } = await import('../../main/ipc/app-handlers')
const { documentHandlers } = await import('../../main/ipc/document-handlers')
const { atomicWrite } = await import('../../main/files/atomic-write')
const { INVOKE_CHANNELS, PUSH_CHANNELS } = await import('../../main/ipc/contract')

type Handler = (
  event: unknown,
  ...args: unknown[]
) => Promise<{ ok: boolean; value?: unknown; error?: string }>

function setup(dialog: { open?: string[]; save?: (string | undefined)[] } = {}) {
  const handlers = new Map<string, Handler>()
  const ipcMain = { handle: (channel: string, h: Handler) => handlers.set(channel, h) }
  const saves = [...(dialog.save ?? [])]
  const deps = {
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: !dialog.open, filePaths: dialog.open ?? [] })),
      showSaveDialog: vi.fn(async () => {
        const filePath = saves.shift()
        return { canceled: filePath === undefined, filePath }
      })
    },
    windowOf: () => null
  }
  const languages: string[] = []
  const channels = registerIpc(
    ipcMain as never,
    {
      ...fileHandlers(deps as never),
      ...appHandlers({ setLanguage: (l) => languages.push(l) }),
      ...documentHandlers({ inbox: { take: () => [] }, writeRecovery: async () => undefined })
    },
    undefined
  )
  const call = (channel: string, ...args: unknown[]) =>
    (handlers.get(channel) as Handler)(
      { senderFrame: { url: 'app://schedlab/index.html' }, sender: { id: 1 } },
      ...args
    )
  return { handlers, channels, deps, call, languages }
}

describe('IPC (SECURITY.md)', () => {
  it('registers exactly the channels of the contract and of the preload', () => {
    const { channels } = setup()
    const preload = readFileSync('main/preload.ts', 'utf8')
    const invoked = [...preload.matchAll(/ipcRenderer\.invoke\('([^']+)'/g)].map((m) => m[1])
    expect(new Set(channels)).toEqual(new Set(INVOKE_CHANNELS))
    expect(new Set(invoked)).toEqual(new Set(INVOKE_CHANNELS))
  })

  it('pushes on exactly the push channels of the contract, and the preload listens to them', () => {
    const preload = readFileSync('main/preload.ts', 'utf8')
    const listened = [...preload.matchAll(/ipcRenderer\.on\('([^']+)'/g)].map((m) => m[1])
    const main = readdirSync('main', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join('main', f), 'utf8'))
      .join('\n')
    const pushed = [...main.matchAll(/\bpush\([^,]+, '([^']+)'/g)].map((m) => m[1])
    // Nothing in main may bypass push(): a raw send() would escape PushMap's types.
    expect(main).not.toMatch(/\.send\('/)
    expect(new Set(listened)).toEqual(new Set(PUSH_CHANNELS))
    expect(new Set(pushed)).toEqual(new Set(PUSH_CHANNELS))
  })

  it('refuses a request from a frame that is not our page, and malformed payloads', async () => {
    const { handlers, call } = setup({ save: ['/nonexistent/x.json'] })
    const evil = await (handlers.get('scenario:save') as Handler)(
      { senderFrame: { url: 'https://evil.example/' }, sender: { id: 1 } },
      'a.json',
      '{}',
      false
    )
    expect(evil).toMatchObject({ ok: false })
    expect(evil.error).toMatch(/refused/)
    expect(await call('scenario:save', 'a.json', 42, false)).toMatchObject({
      ok: false,
      error: 'scenario:save: malformed request'
    })
    expect(await call('export:save', '', 'data')).toMatchObject({ ok: false })
    expect(isTrustedSender('http://127.0.0.1:5173/', 'http://127.0.0.1:5173')).toBe(true)
    expect(isTrustedSender('http://127.0.0.1:5174/', 'http://127.0.0.1:5173')).toBe(false)
  })

  it('saves through the dialog, then to the same file without asking; Save As asks again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-'))
    const first = join(dir, 'web.json')
    const second = join(dir, 'copy.json')
    const { call, deps } = setup({ save: [first, second] })
    expect(await call('scenario:save', 'web.json', '{"v":1}', false)).toEqual({
      ok: true,
      value: 'web.json'
    })
    expect(await call('scenario:save', 'web.json', '{"v":2}', false)).toEqual({
      ok: true,
      value: 'web.json'
    })
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(readFileSync(first, 'utf8')).toBe('{"v":2}')
    expect(readFileSync(`${first}.bak`, 'utf8')).toBe('{"v":1}')
    expect(await call('scenario:save', 'web.json', '{"v":3}', true)).toEqual({
      ok: true,
      value: 'copy.json'
    })
    expect(readFileSync(second, 'utf8')).toBe('{"v":3}')
    // A cancelled dialog saves nothing.
    expect(await call('export:save', 'chart.svg', '<svg/>')).toEqual({ ok: true, value: null })
  })

  it('Save never writes over a file the page did not take (its name is not the document’s)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-'))
    const mine = join(dir, 'mine.json')
    const other = join(dir, 'other.json')
    writeFileSync(other, '{"other":1}')
    const { call, deps } = setup({ open: [other], save: [mine] })
    expect(await call('scenario:save', 'mine.json', '{"v":1}', false)).toEqual({
      ok: true,
      value: 'mine.json'
    })
    // main read other.json, but the page kept mine.json open (say, the user chose to stay).
    expect(await call('scenario:open')).toMatchObject({ ok: true })
    expect(await call('scenario:save', 'mine.json', '{"v":2}', false)).toMatchObject({ ok: true })
    expect(readFileSync(other, 'utf8')).toBe('{"other":1}')
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledTimes(2)
  })

  it('every export asks with a save dialog for its kind, and keeps no .bak', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-export-'))
    const kinds = [
      ['chart.png', 'PNG image'],
      ['chart.svg', 'SVG image'],
      ['metrics.csv', 'CSV table'],
      ['result.json', 'JSON'],
      ['report.html', 'HTML report']
    ] as const
    const { call, deps } = setup({ save: kinds.map(([name]) => join(dir, name)) })
    for (const [name, kind] of kinds) {
      writeFileSync(join(dir, name), 'old')
      expect(await call('export:save', name, 'new')).toEqual({ ok: true, value: name })
      expect(deps.dialog.showSaveDialog).toHaveBeenLastCalledWith({
        defaultPath: name,
        filters: [{ name: kind, extensions: [name.split('.')[1]] }]
      })
      expect(readFileSync(join(dir, name), 'utf8')).toBe('new')
    }
    expect(readdirSync(dir).sort()).toEqual(kinds.map(([name]) => name).sort())
  })

  it('opens a file through the dialog and refuses one over the size cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-'))
    const small = join(dir, 's.json')
    writeFileSync(small, '{"hello":1}')
    expect(await setup({ open: [small] }).call('scenario:open')).toEqual({
      ok: true,
      value: { name: 's.json', text: '{"hello":1}' }
    })
    const big = join(dir, 'big.json')
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024, 32))
    const r = await setup({ open: [big] }).call('scenario:open')
    expect(r.ok).toBe(false)
    expect(r.error).toMatch(/too large/)
    expect(await setup().call('scenario:open')).toEqual({ ok: true, value: null })
  })

  it('writes atomically: the new content, the old one as .bak, no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'))
    const target = join(dir, 'a.json')
    await atomicWrite(target, 'one', { backup: true })
    await atomicWrite(target, new TextEncoder().encode('two'), { backup: true })
    expect(readFileSync(target, 'utf8')).toBe('two')
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('one')
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.json.bak'])
  })

  it('takes the page’s language for the menus, and nothing else', async () => {
    const { call, languages } = setup()
    expect(await call('app:set-language', 'zh')).toEqual({ ok: true, value: null })
    expect(await call('app:set-language', 'fr')).toEqual({
      ok: false,
      error: 'app:set-language: malformed request'
    })
    expect(await call('app:set-language')).toMatchObject({ ok: false })
    expect(languages).toEqual(['zh'])
  })
})
