// Presets shipped in renderer/presets/*.json, if any (another part of the app owns them).
const files = import.meta.glob<unknown>('../../presets/*.json', { eager: true, import: 'default' })

export interface PresetEntry {
  name: string
  value: unknown
}

export const PRESETS: PresetEntry[] = Object.entries(files)
  .map(([path, value]) => ({ name: path.replace(/^.*\//, '').replace(/\.json$/, ''), value }))
  .sort((a, b) => a.name.localeCompare(b.name))
