// The per-core caches of SCENARIO.md §2b: off (no `machine.cache`) or on with a size, a warm-up
// time and a warm rate. Turning the cache off and on again within a session brings back the
// values it had (and undo does too), so a toggle never loses what was typed.
import { useRef } from 'react'
import { useApp, useT } from '../../app/hooks'
import { NumberField } from '../../components/NumberField'
import { setAt } from '../../scenario/paths'

/** What "on" starts with: the schema's defaults for warm-up and rate, and a cache of 100 units. */
export const DEFAULT_CACHE = { size: 100, warmupTime: 10, warmRate: 2 } as const

export function CacheSection() {
  const t = useT()
  const cache = useApp((s) => s.draft.machine?.cache)
  const editDraft = useApp((s) => s.editDraft)
  const last = useRef<unknown>(null)
  const on = cache !== undefined
  const base = ['machine', 'cache']
  return (
    <section className="inspector-section" aria-labelledby="machine-cache-title">
      <h3 id="machine-cache-title">{t('machine.cache')}</h3>
      <div className="field field-check">
        <input
          id="machine-cache-on"
          type="checkbox"
          data-path="machine.cache"
          checked={on}
          aria-describedby="machine-cache-hint"
          onChange={(e) => {
            if (!e.target.checked) last.current = cache
            const value = e.target.checked ? (last.current ?? { ...DEFAULT_CACHE }) : undefined
            editDraft((d) => setAt(d, base, value))
          }}
        />
        <label htmlFor="machine-cache-on">{t('machine.cacheOn')}</label>
        <span id="machine-cache-hint" className="field-hint">
          {t('machine.cacheHint')}
        </span>
      </div>
      {on && (
        <div className="field-grid">
          <NumberField
            path={[...base, 'size']}
            label={t('machine.cacheSize')}
            hint={t('machine.cacheSizeHint')}
            min={1}
          />
          <NumberField
            path={[...base, 'warmupTime']}
            label={t('machine.cacheWarmup')}
            hint={t('machine.cacheWarmupHint')}
            placeholder="10"
            min={0}
          />
          <NumberField
            path={[...base, 'warmRate']}
            label={t('machine.cacheWarmRate')}
            hint={t('machine.cacheWarmRateHint')}
            placeholder="2"
            min={1}
            max={1000}
          />
        </div>
      )}
    </section>
  )
}
