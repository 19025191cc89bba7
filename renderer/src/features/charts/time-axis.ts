// The x axis over a run's time and the tooltip that names the instant, shared by every chart
// drawn against time, so their ticks, labels and tooltips cannot drift apart.
import type { Language } from '../../i18n/language'
import { translate } from '../../i18n/translate'
import { axisLabel, axisStyle, timeTicks, tooltipStyle } from './chart-types'
import { formatNumber } from './format'
import type { ThemeColors } from './theme'

/** Props for a Recharts `<XAxis>` from 0 to the makespan, labelled with the time unit. */
export function timeAxisProps(makespan: number, theme: ThemeColors, lang: Language, unit: string) {
  return {
    dataKey: 't',
    type: 'number' as const,
    domain: [0, Math.max(1, makespan)],
    ticks: timeTicks(makespan),
    allowDecimals: false,
    ...axisStyle(theme),
    label: axisLabel(translate(lang, 'axis.time', { unit }), theme, 'x'),
    height: 44
  }
}

/** Props for a Recharts `<Tooltip>` headed "at <time>", each value worded by `value`. */
export function timeTooltipProps(
  theme: ThemeColors,
  lang: Language,
  unit: string,
  value: (v: number) => string = (v) => formatNumber(v)
) {
  return {
    ...tooltipStyle(theme),
    labelFormatter: (t: unknown) =>
      translate(lang, 'chart.at', { time: `${formatNumber(Number(t))} ${unit}` }),
    formatter: (v: unknown) => value(Number(v))
  }
}
