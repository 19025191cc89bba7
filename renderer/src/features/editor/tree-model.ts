// The scenario tree's rows, built from the draft: scenario → machine, scheduler, processes →
// threads → coroutines, devices, channels, locks; a cluster's nodes, network, services, requests
// and faults after the scheduler. Pure, so the tree component only draws and
// handles keys.
import type { Translate } from '../../i18n/translate'
import { draftChannels } from '../../scenario/channels'
import { clusterList, draftNodes, isCluster } from '../../scenario/cluster'
import type { Draft } from '../../scenario/draft'
import { formatPath } from '../../scenario/paths'
import { selectionPath, type Selection } from '../../scenario/selection'
import type { IconName } from '../../components/Icon'

export interface TreeRow {
  key: string
  selection: Selection
  label: string
  detail?: string
  icon: IconName
  level: number
  hasChildren: boolean
  /** Path prefix whose problems the row's badge counts. */
  path: string
  parentKey: string | null
}

export function rowKey(s: Selection): string {
  return `${s.kind}:${formatPath(selectionPath(s))}`
}

const nameOf = (v: { name?: unknown }, fallback: string): string =>
  typeof v.name === 'string' && v.name !== '' ? v.name : fallback

/** Every row, in display order, skipping the children of collapsed rows. */
export function treeRows(d: Draft, collapsed: ReadonlySet<string>, t: Translate): TreeRow[] {
  const rows: TreeRow[] = []
  const add = (
    selection: Selection,
    label: string,
    icon: IconName,
    level: number,
    hasChildren: boolean,
    parentKey: string | null,
    detail?: string
  ): { key: string; open: boolean } => {
    const key = rowKey(selection)
    rows.push({
      key,
      selection,
      label,
      detail,
      icon,
      level,
      hasChildren,
      path: formatPath(selectionPath(selection)),
      parentKey
    })
    return { key, open: hasChildren && !collapsed.has(key) }
  }

  const root = add({ kind: 'scenario' }, nameOf(d, '—'), 'scenario', 1, true, null)
  if (!root.open) return rows
  const cores = d.machine?.cores
  add(
    { kind: 'machine' },
    t('tree.machine'),
    'machine',
    2,
    false,
    root.key,
    typeof cores === 'number'
      ? cores === 1
        ? t('tree.machineDetailOne')
        : t('tree.machineDetail', { cores })
      : undefined
  )
  add(
    { kind: 'scheduler' },
    t('tree.scheduler'),
    'scheduler',
    2,
    false,
    root.key,
    typeof d.scheduler?.policy === 'string' ? d.scheduler.policy : undefined
  )
  if (isCluster(d)) clusterRows(d, root.key, add, t)
  const procs = add(
    { kind: 'processes' },
    t('tree.processes'),
    'process',
    2,
    d.processes.length > 0,
    root.key,
    String(d.processes.length)
  )
  if (procs.open) {
    d.processes.forEach((proc, p) => {
      const pr = add(
        { kind: 'process', p },
        nameOf(proc, `#${p + 1}`),
        'process',
        3,
        proc.threads.length > 0,
        procs.key
      )
      if (!pr.open) return
      proc.threads.forEach((th, t_) => {
        const cos = th.coroutines ?? []
        const tr = add(
          { kind: 'thread', p, t: t_ },
          nameOf(th, `#${t_ + 1}`),
          'thread',
          4,
          cos.length > 0,
          pr.key,
          th.runtime?.kind
        )
        if (!tr.open) return
        cos.forEach((co, c) => {
          add(
            { kind: 'coroutine', p, t: t_, c },
            nameOf(co, `#${c + 1}`),
            'coroutine',
            5,
            false,
            tr.key
          )
        })
      })
    })
  }
  add(
    { kind: 'devices' },
    t('tree.devices'),
    'device',
    2,
    false,
    root.key,
    String(d.devices?.length ?? 0)
  )
  add(
    { kind: 'channels' },
    t('tree.channels'),
    'channel',
    2,
    false,
    root.key,
    String(draftChannels(d).length)
  )
  add({ kind: 'locks' }, t('tree.locks'), 'lock', 2, false, root.key, String(d.locks?.length ?? 0))
  return rows
}

type AddRow = (
  selection: Selection,
  label: string,
  icon: IconName,
  level: number,
  hasChildren: boolean,
  parentKey: string | null,
  detail?: string
) => { key: string; open: boolean }

/** A cluster's rows (SCENARIO.md §2b): only a scenario with cluster parts shows them. */
function clusterRows(d: Draft, rootKey: string, add: AddRow, t: Translate): void {
  const nodes = draftNodes(d)
  const list = add(
    { kind: 'nodes' },
    t('tree.nodes'),
    'node',
    2,
    nodes.length > 0,
    rootKey,
    String(nodes.length)
  )
  if (list.open) {
    nodes.forEach((node, n) => {
      const cores = node.machine?.cores
      add(
        { kind: 'node', n },
        nameOf(node, `#${n + 1}`),
        'node',
        3,
        false,
        list.key,
        typeof cores === 'number'
          ? cores === 1
            ? t('tree.machineDetailOne')
            : t('tree.machineDetail', { cores })
          : undefined
      )
    })
  }
  const latency = d.network?.latency
  add(
    { kind: 'network' },
    t('tree.network'),
    'network',
    2,
    false,
    rootKey,
    typeof latency === 'number' ? t('tree.networkDetail', { latency }) : undefined
  )
  add(
    { kind: 'services' },
    t('tree.services'),
    'service',
    2,
    false,
    rootKey,
    String(clusterList(d, 'services').length)
  )
  add(
    { kind: 'requests' },
    t('tree.requests'),
    'request',
    2,
    false,
    rootKey,
    String(clusterList(d, 'requests').length)
  )
  add(
    { kind: 'faults' },
    t('tree.faults'),
    'fault',
    2,
    false,
    rootKey,
    String(clusterList(d, 'faults').length)
  )
}
