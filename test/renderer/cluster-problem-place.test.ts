// Problems in a cluster are named by the item the user sees in the tree: the node or service by
// name, a request stream, fault or link by its 1-based number, and the page a click opens is
// that item's (selectionForPath).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { opsTextPlace, problemPlace } from '../../renderer/src/features/editor/problem-place'
import { translator } from '../../renderer/src/i18n/translate'
import type { Draft } from '../../renderer/src/scenario/draft'
import { parsePath } from '../../renderer/src/scenario/paths'
import { selectionForPath } from '../../renderer/src/scenario/selection'

const shop = JSON.parse(
  readFileSync(join(process.cwd(), 'docs/examples/cluster-shop.json'), 'utf8')
) as Draft
const en = translator('en')
const zh = translator('zh')

describe('problem places in a cluster', () => {
  it.each([
    ['nodes[1].machine.cores', 'node web-2 · machine.cores', { kind: 'node', n: 1 }],
    ['nodes[2]', 'node db', { kind: 'node', n: 2 }],
    ['services[0].handler.ops[1].io', 'service orders · op 2 (io)', { kind: 'services' }],
    ['services[0].replicas[1]', 'service orders · replicas[1]', { kind: 'services' }],
    ['requests[0].rate', 'requests 1 · rate', { kind: 'requests' }],
    ['faults[0].down', 'fault 1 · down', { kind: 'faults' }],
    ['network.links[0].to', 'link 1 · to', { kind: 'network' }]
  ])('%s reads "%s" and opens its page', (path, place, selection) => {
    expect(problemPlace(shop, path, en)).toBe(place)
    expect(selectionForPath(parsePath(path))).toEqual(selection)
  })

  it('leaves paths that read well alone, and speaks Chinese', () => {
    expect(problemPlace(shop, 'network.latency', en)).toBeNull()
    expect(problemPlace(shop, 'nodes[0].name', zh)).toBe('节点 web-1 · name')
    expect(opsTextPlace(shop, 'services[0].handler.ops', en)).toBe('service orders · ops text')
  })
})
