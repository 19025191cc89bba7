import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { opKindByVerb } from '../../../../sim-core/index'
import { opVerb, type OpContext, type OpDraft } from '../../scenario/draft'
import { getAt, setAt, type Path } from '../../scenario/paths'
import { asOps } from './op-convert'
import { OpRow } from './OpRow'

interface OpsRowsProps {
  path: Path
  context: OpContext
  /** Numbering prefix inside a repeat ("2."). */
  prefix?: string
  /** Set for the body of a repeat: names its Add button. */
  repeatNumber?: string
}

/** A loop op (repeat, or any op kind whose text form holds a block) nests a list of ops. */
function isLoop(op: OpDraft): boolean {
  const verb = opVerb(op)
  return verb !== null && (opKindByVerb(verb)?.text.some((a) => a.kind === 'block') ?? false)
}

/**
 * An op list as rows; a repeat's body is a nested list, handed to its row as children (so the
 * row and the list do not import each other).
 */
export function OpsRows({ path, context, prefix = '', repeatNumber }: OpsRowsProps) {
  const t = useT()
  const editDraft = useApp((s) => s.editDraft)
  const ops = asOps(useApp((s) => getAt(s.draft, path)))
  const addLabel = repeatNumber ? t('ops.addInside', { n: repeatNumber }) : t('ops.add')
  return (
    <div className={repeatNumber ? 'op-rows nested' : 'op-rows'}>
      {ops.length === 0 && !repeatNumber && <p className="muted">{t('ops.empty')}</p>}
      <ol className="op-list" aria-label={repeatNumber ? addLabel : t('ops.rows')}>
        {ops.map((op, i) => (
          <OpRow
            key={i}
            listPath={path}
            index={i}
            op={op}
            context={context}
            number={`${prefix}${i + 1}`}
          >
            {isLoop(op) && (
              <OpsRows
                path={[...path, i, 'ops']}
                context={context}
                prefix={`${prefix}${i + 1}.`}
                repeatNumber={`${prefix}${i + 1}`}
              />
            )}
          </OpRow>
        ))}
      </ol>
      <button
        type="button"
        className="link-button"
        onClick={() => editDraft((d) => setAt(d, path, [...asOps(getAt(d, path)), { cpu: 1 }]))}
      >
        <Icon name="plus" size={14} />
        <span>{addLabel}</span>
      </button>
    </div>
  )
}
