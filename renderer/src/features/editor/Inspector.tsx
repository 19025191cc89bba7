import './inspector.css'
import { useApp, useT } from '../../app/hooks'
import { Icon, type IconName } from '../../components/Icon'
import type { Selection } from '../../scenario/selection'
import { shownValue, type Draft } from '../../scenario/draft'
import type { Translate } from '../../i18n/translate'
import { ChannelsEditor } from './ChannelsEditor'
import { CoroutineEditor } from './CoroutineEditor'
import { DevicesEditor } from './DevicesEditor'
import { ItemActions } from './ItemActions'
import { LocksEditor } from './LocksEditor'
import { MachineEditor } from './MachineEditor'
import { ProcessEditor } from './ProcessEditor'
import { ProcessesOverview } from './ProcessesOverview'
import { ScenarioEditor } from './ScenarioEditor'
import { SchedulerEditor } from './SchedulerEditor'
import { ThreadEditor } from './ThreadEditor'
import { useFocusRequests } from './use-focus-requests'

function heading(d: Draft, s: Selection, t: Translate): { title: string; icon: IconName } | null {
  switch (s.kind) {
    case 'scenario':
      return { title: t('inspector.scenario'), icon: 'scenario' }
    case 'machine':
      return { title: t('inspector.machine'), icon: 'machine' }
    case 'scheduler':
      return { title: t('inspector.scheduler'), icon: 'scheduler' }
    case 'devices':
      return { title: t('inspector.devices'), icon: 'device' }
    case 'locks':
      return { title: t('inspector.locks'), icon: 'lock' }
    case 'channels':
      return { title: t('inspector.channels'), icon: 'channel' }
    case 'processes':
      return { title: t('inspector.processes'), icon: 'process' }
    case 'process': {
      const p = d.processes[s.p]
      return p
        ? { title: t('inspector.process', { name: shownValue(p.name) }), icon: 'process' }
        : null
    }
    case 'thread': {
      const th = d.processes[s.p]?.threads[s.t]
      return th
        ? { title: t('inspector.thread', { name: shownValue(th.name) }), icon: 'thread' }
        : null
    }
    case 'coroutine': {
      const co = d.processes[s.p]?.threads[s.t]?.coroutines?.[s.c]
      return co
        ? { title: t('inspector.coroutine', { name: shownValue(co.name) }), icon: 'coroutine' }
        : null
    }
  }
}

function Editor({ selection: s }: { selection: Selection }) {
  switch (s.kind) {
    case 'scenario':
      return <ScenarioEditor />
    case 'machine':
      return <MachineEditor />
    case 'scheduler':
      return <SchedulerEditor />
    case 'devices':
      return <DevicesEditor />
    case 'locks':
      return <LocksEditor />
    case 'channels':
      return <ChannelsEditor />
    case 'processes':
      return <ProcessesOverview />
    case 'process':
      return <ProcessEditor key={s.p} p={s.p} />
    case 'thread':
      return <ThreadEditor key={`${s.p}.${s.t}`} p={s.p} t={s.t} />
    case 'coroutine':
      return <CoroutineEditor key={`${s.p}.${s.t}.${s.c}`} p={s.p} t={s.t} c={s.c} />
  }
}

/** The editor of whatever is selected in the tree. */
export function Inspector() {
  const t = useT()
  const draft = useApp((s) => s.draft)
  const selection = useApp((s) => s.selection)
  useFocusRequests()
  const head = heading(draft, selection, t)
  const movable =
    selection.kind === 'process' || selection.kind === 'thread' || selection.kind === 'coroutine'
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <header className="inspector-header">
        <Icon name={head?.icon ?? 'scenario'} />
        <h2 id="inspector-title">{head?.title ?? t('panel.inspector')}</h2>
        {head && movable && <ItemActions selection={selection} />}
      </header>
      <div className="inspector-body">
        {head ? <Editor selection={selection} /> : <p className="muted">{t('inspector.gone')}</p>}
      </div>
    </section>
  )
}
