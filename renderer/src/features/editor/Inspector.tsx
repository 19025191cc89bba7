import './inspector.css'
import { useApp, useT } from '../../app/hooks'
import { Icon, type IconName } from '../../components/Icon'
import type { Selection } from '../../scenario/selection'
import { shownValue, type Draft } from '../../scenario/draft'
import type { Translate } from '../../i18n/translate'
import { ChannelsEditor } from './ChannelsEditor'
import { draftNodes } from '../../scenario/cluster'
import { FaultsEditor } from './FaultsEditor'
import { NetworkEditor } from './NetworkEditor'
import { NodeEditor } from './NodeEditor'
import { NodesEditor } from './NodesEditor'
import { RequestsEditor } from './RequestsEditor'
import { ServicesEditor } from './ServicesEditor'
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
    case 'nodes':
      return { title: t('inspector.nodes'), icon: 'node' }
    case 'node': {
      const node = draftNodes(d)[s.n]
      return node
        ? { title: t('inspector.node', { name: shownValue(node.name) }), icon: 'node' }
        : null
    }
    case 'network':
      return { title: t('inspector.network'), icon: 'network' }
    case 'services':
      return { title: t('inspector.services'), icon: 'service' }
    case 'requests':
      return { title: t('inspector.requests'), icon: 'request' }
    case 'faults':
      return { title: t('inspector.faults'), icon: 'fault' }
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
    case 'nodes':
      return <NodesEditor />
    case 'node':
      return <NodeEditor key={s.n} n={s.n} />
    case 'network':
      return <NetworkEditor />
    case 'services':
      return <ServicesEditor />
    case 'requests':
      return <RequestsEditor />
    case 'faults':
      return <FaultsEditor />
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
