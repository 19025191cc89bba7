import { useT } from '../../app/hooks'
import type { OpContext } from '../../scenario/draft'
import type { Path } from '../../scenario/paths'
import { OpsRows } from './OpsRows'
import { OpsTextField } from './OpsTextField'

interface OpsEditorProps {
  path: Path
  context: OpContext
}

/** The two views of one op list, always in step: the text form above, the rows below. */
export function OpsEditor({ path, context }: OpsEditorProps) {
  const t = useT()
  return (
    <section className="inspector-section">
      <h3>{t('ops.title')}</h3>
      <OpsTextField path={path} context={context} />
      <OpsRows path={path} context={context} />
    </section>
  )
}
