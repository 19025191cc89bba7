// The timeline as vector SVG, drawn from the same layout and level-of-detail lists as the
// canvas, so the file looks like the screen and stays small (≤ one rect per pixel per lane).
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import type { LegendEntry } from '../charts/chart-types'
import { formatTime } from '../charts/format'
import { textOn, withAlpha } from '../../../../present/palette'
import { aggregateLane, createDrawList } from '../../../../present/lod'
import { MISS_COLOR, missesSvg } from '../timeline/deadline-marks'
import { HANDOFF_COLOR, handoffsOf, handoffsSvg } from '../timeline/handoff-marks'
import { MIGRATION_COLOR, migrationsSvg } from '../timeline/migration-marks'
import { Cls, isRunCls } from '../timeline/lane'
import { GROUP_HEIGHT, groupCaption, laneLabel, tickLabelX, timeToX } from '../timeline/layout'
import {
  barFraction,
  coroutineAt,
  coroutineColor,
  laneOf,
  segmentLabel,
  STRIPE,
  type Scene
} from '../timeline/scene'
import { axisTicks } from '../../../../present/ticks'
import { esc, r2 } from '../../../../present/svg'
import { header, HEADER_HEIGHT, legend, legendHeight, patternDefs, svgOpen } from './svg-parts'

export function timelineLegend(scene: Scene): LegendEntry[] {
  const tr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(scene.lang, key, params)
  const procs = scene.index.processNames
  const shown = procs.slice(0, 8).map((name, i) => {
    const t = scene.index.threadInfo.findIndex((x) => x.processIndex === i)
    return { name, color: scene.colors[t] ?? '#888888', shape: 'rect' as const }
  })
  if (procs.length > 8)
    shown.push({
      name: tr('tl.moreProcesses', { count: procs.length - 8 }),
      color: '#bbbbbb',
      shape: 'rect'
    })
  // Only what this run contains, as on screen.
  const present = scene.index.presentClasses()
  const pattern = (cls: number, name: string): LegendEntry[] =>
    present.has(cls) ? [{ name, color: '', shape: 'pattern', pattern: cls }] : []
  const states: LegendEntry[] = [
    ...pattern(Cls.runWarm, tr('tl.warmLegend')),
    ...pattern(Cls.switch, tr('state.contextSwitch')),
    ...pattern(Cls.migration, tr('state.migration')),
    ...pattern(Cls.held, tr('tl.heldLegend')),
    ...pattern(Cls.coSwitch, tr('state.coroutineSwitch'))
  ]
  if (scene.layout.threadCaptionY >= 0) {
    states.push(
      { name: tr('state.ready'), color: withAlpha('#57606a', 0.45), shape: 'rect' },
      ...pattern(Cls.tIo, tr('state.io')),
      ...pattern(Cls.tSleep, tr('state.sleep')),
      ...pattern(Cls.tLock, tr('state.lock')),
      ...pattern(Cls.tDevice, tr('state.device')),
      ...pattern(Cls.tPark, tr('tl.parked')),
      ...pattern(Cls.tGil, tr('state.gil')),
      ...pattern(Cls.tChannel, tr('state.channel'))
    )
  }
  if (scene.index.migrations.length > 0)
    states.push({ name: tr('tl.migrationMark'), color: MIGRATION_COLOR, shape: 'rect' })
  if (handoffsOf(scene.index).n > 0)
    states.push({ name: tr('tl.handoffMark'), color: HANDOFF_COLOR, shape: 'rect' })
  if (scene.index.misses.length > 0)
    states.push({ name: tr('tl.deadlineMiss'), color: MISS_COLOR, shape: 'rect' })
  return [...shown, ...states]
}

export function timelineSvg(
  scene: Scene,
  title: string,
  subtitle: string,
  lang: Language = scene.lang
): {
  svg: string
  width: number
  height: number
} {
  const { layout, view, theme, index, colors, selected } = scene
  const entries = timelineLegend(scene)
  const lh = legendHeight(entries, layout.width)
  const width = layout.width
  const height = HEADER_HEIGHT + layout.height + lh
  const parts: string[] = [
    svgOpen(width, height, theme),
    patternDefs(),
    header(title, subtitle, theme)
  ]
  parts.push(`<g transform="translate(0,${HEADER_HEIGHT})">`)
  const { ticks } = axisTicks(view.t0, view.t1, layout.plotWidth)
  for (const t of ticks) {
    const x = r2(timeToX(layout, view.t0, view.t1, t))
    parts.push(
      `<line x1="${x}" y1="${layout.axisHeight - 6}" x2="${x}" y2="${layout.height - 4}" stroke="${theme.grid}"/>` +
        `<text x="${r2(tickLabelX(layout, Number(x)))}" y="${layout.axisHeight / 2 + 2}" text-anchor="middle" font-size="11" fill="${theme.muted}">${esc(formatTime(t, index.timeUnit, 0, lang))}</text>`
    )
  }
  if (layout.threadCaptionY >= 0)
    parts.push(
      `<text x="8" y="${layout.threadCaptionY + 12}" font-weight="600" font-size="11" fill="${theme.fg}">${esc(translate(lang, 'tl.threadsCaption'))}</text>`
    )
  for (const head of layout.groups ?? [])
    parts.push(
      `<text x="8" y="${head.y + GROUP_HEIGHT / 2 + 4}" font-weight="600" font-size="11" fill="${theme.fg}">${esc(groupCaption(head))}</text>`,
      `<rect x="${layout.plotLeft}" y="${head.y + GROUP_HEIGHT - 3}" width="${r2(layout.plotWidth)}" height="1" fill="${theme.grid}"/>`
    )
  const list = createDrawList(1024)
  for (const row of layout.rows) {
    parts.push(
      `<text x="${layout.plotLeft - 8}" y="${row.y + row.h / 2 + 4}" text-anchor="end" font-size="${row.kind === 'core' ? 12 : 10}" fill="${row.kind === 'core' ? theme.fg : theme.muted}">${esc(laneLabel(row.label, layout.labelChars))}</text>`,
      `<rect x="${layout.plotLeft}" y="${row.y}" width="${r2(layout.plotWidth)}" height="${row.h}" fill="${theme.panel}"/>`
    )
    aggregateLane(laneOf(index, row), view.t0, view.t1, layout.plotWidth, list)
    for (let j = 0; j < list.count; j++) {
      const c = list.cls[j]
      const h = Math.max(1, row.h * barFraction(c))
      const y = row.y + (row.h - h) / 2
      const x = layout.plotLeft + list.x0[j]
      const w = Math.max(0.75, list.x1[j] - list.x0[j])
      const k = list.key[j]
      const dim = selected >= 0 && k !== selected ? 0.28 : 1
      const a = list.alpha[j] * dim * (c === Cls.tReady ? 0.45 : 1)
      const fill =
        isRunCls(c) || c === Cls.tRunning
          ? (colors[k] ?? theme.accent)
          : c === Cls.tReady
            ? theme.muted
            : `url(#sl-pat-${c})`
      const op = a < 0.999 ? ` fill-opacity="${r2(a)}"` : ''
      parts.push(
        `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${r2(h)}" fill="${fill}"${op}/>`
      )
      if (c === Cls.runWarm)
        parts.push(
          `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${r2(h)}" fill="url(#sl-pat-${c})"${op}/>`
        )
      const co = row.kind === 'core' && isRunCls(c) ? coroutineAt(index, list.rec[j]) : -1
      if (co >= 0)
        parts.push(
          `<rect x="${r2(x)}" y="${r2(y + h - STRIPE)}" width="${r2(w)}" height="${STRIPE}" fill="${coroutineColor(co)}"/>`
        )
      if (c === Cls.held)
        parts.push(
          `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${r2(h)}" fill="${colors[k] ?? '#888888'}" fill-opacity="0.35"/>`
        )
      if (
        list.rec[j] >= 0 &&
        (isRunCls(c) || c === Cls.tRunning) &&
        row.kind === 'core' &&
        w > 46 &&
        row.h >= 18
      ) {
        const name = segmentLabel(index, k, co)
        const max = Math.floor((w - 8) / 6)
        const text = name.length <= max ? name : name.slice(0, Math.max(1, max - 1)) + '…'
        parts.push(
          `<text x="${r2(x + 4)}" y="${r2(y + h / 2 + 3.5)}" font-size="10" fill="${textOn(colors[k] ?? '')}">${esc(text)}</text>`
        )
      }
    }
  }
  parts.push(migrationsSvg(scene))
  parts.push(handoffsSvg(scene))
  parts.push(missesSvg(scene))
  parts.push('</g>')
  parts.push(legend(entries, HEADER_HEIGHT + layout.height, width, theme))
  parts.push('</svg>')
  return { svg: parts.join(''), width, height }
}
