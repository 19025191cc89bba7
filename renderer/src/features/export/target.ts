// Something that can be exported as a picture: a chart or the timeline.
import type { ReactElement } from 'react'
import type { Language } from '../../i18n/language'
import type { ChartBaseProps, ChartSize, LegendEntry } from '../charts/chart-types'
import type { ThemeColors } from '../charts/theme'
import { chartArea, composeChartSvg } from './chart-svg'
import { renderChartOffscreen } from './offscreen'

export interface SvgPicture {
  svg: string
  width: number
  height: number
}

export interface ExportTarget {
  /** File-name part: "utilization", "timeline"... */
  id: string
  title: string
  /** Replaces the policy part of the file name (e.g. "compare"). */
  fileLabel?: string
  picture(): Promise<SvgPicture>
}

/** Slide-friendly default: 16:9, large enough to read from the back of a room. */
export const EXPORT_SIZE: ChartSize = { width: 960, height: 540 }

export interface ChartTargetOptions {
  id: string
  title: string
  subtitle: string
  legend: LegendEntry[]
  theme: ThemeColors
  fileLabel?: string
  host(): HTMLElement | null
  /** The chart element at the given size, animations and Recharts' legend off. */
  render(size: ChartSize): ReactElement
  size?: ChartSize
}

/**
 * The props every chart takes when drawn for a file: the export's theme, language and size,
 * without Recharts' legend (the SVG draws its own) or animation (the first frame is the picture).
 */
export function stillChart(
  theme: ThemeColors,
  lang: Language,
  size: ChartSize
): Required<ChartBaseProps> {
  return { theme, size, legend: false, animate: false, lang }
}

export function chartTarget(o: ChartTargetOptions): ExportTarget {
  const size = o.size ?? EXPORT_SIZE
  return {
    id: o.id,
    title: o.title,
    fileLabel: o.fileLabel,
    async picture() {
      const area = chartArea({ legend: o.legend, ...size })
      const svgEl = await renderChartOffscreen(
        o.render(area),
        area.width,
        area.height,
        o.host() ?? document.body
      )
      const svg = composeChartSvg(svgEl, {
        title: o.title,
        subtitle: o.subtitle,
        legend: o.legend,
        width: size.width,
        height: size.height,
        theme: o.theme
      })
      return { svg, width: size.width, height: size.height }
    }
  }
}
