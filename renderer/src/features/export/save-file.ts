// The one way exports leave the app: the desktop bridge's save dialog when running in Electron
// (the renderer never touches the file system), a download in a plain browser.
import { desktopApi } from '../../desktop-api'

export type SaveOutcome = { ok: true; path: string | null } | { ok: false; error: string }

export async function saveFile(
  name: string,
  data: string | Uint8Array,
  mime: string
): Promise<SaveOutcome> {
  const api = desktopApi()
  if (api) {
    const r = await api.saveExport(name, data)
    return r.ok ? { ok: true, path: r.value } : { ok: false, error: r.error }
  }
  // Copy into a fresh ArrayBuffer-backed view: Blob wants ArrayBuffer, not SharedArrayBuffer.
  const part = typeof data === 'string' ? data : new Uint8Array(data)
  const url = URL.createObjectURL(new Blob([part], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { ok: true, path: null }
}
