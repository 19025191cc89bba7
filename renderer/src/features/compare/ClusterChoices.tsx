// Compare on a cluster: the first service's replica counts ("1, 2, 4") and balancers, each
// combination a variant next to the policies and core counts.
import { useTranslate } from '../../i18n/context'
import { BALANCER_CHOICES, type Balancer } from './variants'

export interface ClusterChoicesProps {
  service: string
  replicasText: string
  onReplicasText(text: string): void
  balancers: ReadonlySet<Balancer>
  onBalancers(next: Set<Balancer>): void
}

export function ClusterChoices(p: ClusterChoicesProps) {
  const t = useTranslate()
  return (
    <>
      <label className="sl-field">
        {t('cmp.replicas', { service: p.service })}
        <input
          type="text"
          value={p.replicasText}
          onChange={(e) => p.onReplicasText(e.target.value)}
          aria-describedby="sl-replicas-help"
          size={12}
        />
      </label>
      <span id="sl-replicas-help" className="sl-muted">
        {t('cmp.replicasHelp')}
      </span>
      <fieldset>
        <legend>{t('cmp.balancers', { service: p.service })}</legend>
        {BALANCER_CHOICES.map((b) => (
          <label key={b} className="sl-policy-choice">
            <input
              type="checkbox"
              checked={p.balancers.has(b)}
              onChange={(e) => {
                const next = new Set(p.balancers)
                if (e.target.checked) next.add(b)
                else next.delete(b)
                p.onBalancers(next)
              }}
            />
            {b}
          </label>
        ))}
      </fieldset>
    </>
  )
}
