import type { Preset } from '../../../presets/presets'
import { useApp } from '../../app/hooks'
import { useCommands } from '../../app/commands'
import { WorkloadThumbnail } from './WorkloadThumbnail'

/** One preset: a picture of its workload, its title and its lesson in one line. Loads and runs it. */
export function PresetCard({ preset, onPicked }: { preset: Preset; onPicked?: () => void }) {
  const language = useApp((s) => s.language)
  const commands = useCommands()
  return (
    <li className="preset-card">
      <button
        type="button"
        aria-labelledby={`preset-${preset.id}-title`}
        aria-describedby={`preset-${preset.id}-summary`}
        onClick={() => {
          onPicked?.()
          commands.loadPreset(preset)
        }}
      >
        <WorkloadThumbnail scenario={preset.scenario} />
        <span id={`preset-${preset.id}-title`} className="preset-title">
          {preset.title[language]}
        </span>
        <span id={`preset-${preset.id}-summary`} className="preset-summary">
          {preset.summary[language]}
        </span>
      </button>
    </li>
  )
}
