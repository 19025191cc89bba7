import { Fragment, type ReactNode } from 'react'
import { opKindByVerb } from '../../../../sim-core/index'
import { useApp, useT } from '../../app/hooks'
import { Icon } from '../../components/Icon'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { useFieldProblems } from '../../components/field-hooks'
import { opVerb, verbsFor, type OpContext, type OpDraft, type OpVerb } from '../../scenario/draft'
import { formatPath, getAt, setAt, type Path } from '../../scenario/paths'
import { problemMessage } from '../../i18n/problem-message'
import { asOps, convertOp } from './op-convert'

interface OpRowProps {
  /** Path of the list this op is in. */
  listPath: Path
  index: number
  op: OpDraft
  context: OpContext
  /** Row number as shown and named: "3", or "2.1" inside a repeat. */
  number: string
  /** A repeat's body (its nested rows), drawn under the row by the list that owns it. */
  children?: ReactNode
}

/** One op: its type, its value, a device or lock where it takes one, and row actions. */
export function OpRow({ listPath, index, op, context, number, children }: OpRowProps) {
  const t = useT()
  const editDraft = useApp((s) => s.editDraft)
  const devices = useApp((s) => s.draft.devices)
  const locks = useApp((s) => s.draft.locks)
  const channels = useApp((s) => s.draft.channels)
  const services = useApp((s) => s.draft.services)
  const path = [...listPath, index]
  const verb = opVerb(op)
  // The row's fields follow the op kind's text form in sim-core's op table.
  const kind = verb === null ? undefined : opKindByVerb(verb)
  const isLoop = kind?.text.some((a) => a.kind === 'block') ?? false
  const rowProblems = useFieldProblems(path)
  const lockNames = (locks ?? [])
    .map((l) => l.name)
    .filter((n): n is string => typeof n === 'string')
  const deviceNames = (devices ?? [])
    .map((d) => d.name)
    .filter((n): n is string => typeof n === 'string')
  const channelNames = (channels ?? [])
    .map((c) => c.name)
    .filter((n): n is string => typeof n === 'string')
  // A name field lists the declared names it may take, and is labelled by what it names.
  const serviceNames = (services ?? [])
    .map((v) => v.name)
    .filter((n): n is string => typeof n === 'string')
  const namesFor = {
    lock: lockNames,
    channel: channelNames,
    device: deviceNames,
    service: serviceNames
  }
  const nameLabel = {
    lock: 'ops.lockName',
    channel: 'ops.channelName',
    device: 'ops.device',
    service: 'ops.serviceName'
  } as const

  const editList = (f: (ops: OpDraft[]) => OpDraft[]) =>
    editDraft((d) => setAt(d, listPath, f(asOps(getAt(d, listPath)))))
  const moveBy = (delta: number) =>
    editList((ops) => {
      const copy = ops.slice()
      const [item] = copy.splice(index, 1)
      copy.splice(index + delta, 0, item)
      return copy
    })
  const count = asOps(useApp((s) => getAt(s.draft, listPath))).length
  const verbs: readonly OpVerb[] =
    verb && !verbsFor(context).includes(verb) ? [...verbsFor(context), verb] : verbsFor(context)

  return (
    <li className={`op-row${rowProblems.length ? ' field-invalid' : ''}`}>
      <div className="op-line">
        <span className="op-number" aria-hidden="true">
          {number}
        </span>
        <div className="field op-verb">
          <label className="visually-hidden" htmlFor={`op-${formatPath(path)}`}>
            {t('ops.type', { n: number })}
          </label>
          <select
            id={`op-${formatPath(path)}`}
            data-path={formatPath(path)}
            value={verb ?? ''}
            aria-invalid={rowProblems.length > 0}
            onChange={(e) =>
              editDraft((d) =>
                setAt(d, path, convertOp(op, e.target.value as OpVerb, lockNames, channelNames))
              )
            }
          >
            {verb === null && <option value="">?</option>}
            {verbs.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        {kind?.text.map((arg) => {
          switch (arg.kind) {
            case 'number':
              return (
                <Fragment key={arg.field}>
                  <NumberField
                    path={[...path, arg.field]}
                    label={t('ops.value', { n: number })}
                    hideLabel
                    className="op-value"
                    min={isLoop ? 1 : 0}
                  />
                  {isLoop && <span className="op-times">{t('ops.times')}</span>}
                </Fragment>
              )
            case 'at':
              return (
                <SelectField
                  key={arg.field}
                  path={[...path, arg.field]}
                  label={t('ops.device', { n: number })}
                  hideLabel
                  className="op-device"
                  emptyLabel={t('ops.noDevice')}
                  options={deviceNames.map((n) => ({ value: n, label: `@${n}` }))}
                />
              )
            case 'name':
              return namesFor[arg.ref].length > 0 ? (
                <SelectField
                  key={arg.field}
                  path={[...path, arg.field]}
                  label={t(nameLabel[arg.ref], { n: number })}
                  hideLabel
                  className="op-device"
                  options={namesFor[arg.ref].map((n) => ({ value: n, label: n }))}
                />
              ) : (
                <TextField
                  key={arg.field}
                  path={[...path, arg.field]}
                  label={t(nameLabel[arg.ref], { n: number })}
                  hideLabel
                  className="op-device"
                />
              )
            case 'keyword':
              return (
                <NumberField
                  key={arg.field}
                  path={[...path, arg.field]}
                  label={t('ops.timeout', { n: number })}
                  hideLabel
                  className="op-value"
                  min={arg.min}
                />
              )
            default:
              return null
          }
        })}
        <span className="op-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('ops.up', { n: number })}
            title={t('ops.up', { n: number })}
            disabled={index === 0}
            onClick={() => moveBy(-1)}
          >
            <Icon name="up" size={14} />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('ops.down', { n: number })}
            title={t('ops.down', { n: number })}
            disabled={index >= count - 1}
            onClick={() => moveBy(1)}
          >
            <Icon name="down" size={14} />
          </button>
          <button
            type="button"
            className="icon-button danger"
            aria-label={t('ops.delete', { n: number })}
            title={t('ops.delete', { n: number })}
            onClick={() => editList((ops) => ops.filter((_, i) => i !== index))}
          >
            <Icon name="trash" size={14} />
          </button>
        </span>
      </div>
      {rowProblems.length > 0 && (
        <ul className="field-problems">
          {rowProblems.map((p, i) => (
            <li key={i}>{problemMessage(p, t)}</li>
          ))}
        </ul>
      )}
      {children}
    </li>
  )
}
