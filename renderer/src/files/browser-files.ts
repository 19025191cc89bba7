// Files in a plain web page: open through a file input, save as a download.
import type { OpenOutcome, SaveOutcome, ScenarioFiles } from './files'

/** Scenario files are small; anything larger is refused before it is read (sim-core caps at 16 MB). */
export const MAX_OPEN_BYTES = 16 * 1024 * 1024

export async function readFileText(file: File): Promise<OpenOutcome> {
  if (file.size > MAX_OPEN_BYTES) {
    return {
      kind: 'failed',
      name: file.name,
      message: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; a scenario file may be at most 16 MB`
    }
  }
  try {
    return { kind: 'opened', file: { name: file.name, text: await file.text() } }
  } catch (e) {
    return { kind: 'failed', name: file.name, message: e instanceof Error ? e.message : String(e) }
  }
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.json,application/json'
    input.hidden = true
    const finish = (file: File | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => finish(null), { once: true })
    document.body.append(input)
    input.click()
  })
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started by the next task; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function createBrowserFiles(): ScenarioFiles {
  return {
    mode: 'browser',
    async open() {
      const file = await pickFile()
      return file ? readFileText(file) : { kind: 'cancelled' }
    },
    async save(suggestedName, text): Promise<SaveOutcome> {
      try {
        download(suggestedName, text)
        return { kind: 'saved', name: suggestedName }
      } catch (e) {
        return { kind: 'failed', message: e instanceof Error ? e.message : String(e) }
      }
    }
  }
}
