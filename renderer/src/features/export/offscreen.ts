// Renders a chart element off screen at an exact size and hands back a copy of its <svg>.
// Exports use this so a chart can be saved from any tab, at a slide-friendly size, whatever
// the window looks like.
import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

const nextFrame = (): Promise<void> =>
  new Promise((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => resolve())
      : setTimeout(resolve, 16)
  )

export async function renderChartOffscreen(
  element: ReactElement,
  width: number,
  height: number,
  host: HTMLElement = document.body
): Promise<SVGSVGElement> {
  const box = document.createElement('div')
  box.setAttribute('aria-hidden', 'true')
  box.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;pointer-events:none;`
  host.appendChild(box)
  const root = createRoot(box)
  try {
    flushSync(() => root.render(element))
    // Recharts lays out in effects; give it a few frames, then take what is there.
    for (let i = 0; i < 30; i++) {
      await nextFrame()
      const svg = chartSurface(box)
      if (svg && svg.querySelector('.recharts-cartesian-axis') && i >= 1) break
    }
    const svg = chartSurface(box)
    if (!svg) throw new Error('the chart did not render')
    return svg.cloneNode(true) as SVGSVGElement
  } finally {
    root.unmount()
    box.remove()
  }
}

/** The chart's own surface (legend icons are small svgs of the same class, inside the legend). */
function chartSurface(box: HTMLElement): SVGSVGElement | null {
  const all = Array.from(box.querySelectorAll<SVGSVGElement>('svg.recharts-surface'))
  return all.find((s) => !s.closest('.recharts-legend-wrapper')) ?? null
}
