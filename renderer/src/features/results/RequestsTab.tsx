// The Requests tab of a cluster run: how request latency is spread (histogram with p50, p95 and
// p99 marked) and how it moved over the run, the request summary overall and per service, and
// each node's utilization.
import { useMemo } from 'react'
import type { ClusterRun, SimResult } from '../../../../sim-core'
import { useLanguage, useTranslate } from '../../i18n/context'
import { ChartFrame } from '../charts/ChartFrame'
import { latencyHistogram, latencyOverTime, serviceNames } from '../charts/latency-data'
import { LatencyHistogramChart } from '../charts/LatencyHistogramChart'
import { LatencyOverTimeChart } from '../charts/LatencyOverTimeChart'
import { nodeColumns, requestColumns, requestRows } from '../charts/request-rows'
import type { ThemeColors } from '../charts/theme'
import { TITLES } from './result-targets'
import { SortableTable } from './SortableTable'

export interface RequestsTabProps {
  result: SimResult
  cluster: ClusterRun
  theme: ThemeColors
}

export function RequestsTab({ result, cluster, theme }: RequestsTabProps) {
  const t = useTranslate()
  const lang = useLanguage()
  const unit = result.timeUnit
  const bins = useMemo(() => latencyHistogram(cluster.requests), [cluster])
  const points = useMemo(() => latencyOverTime(cluster.requests), [cluster])
  const services = useMemo(() => serviceNames(cluster.requests), [cluster])
  const stats = cluster.result.requests.latency
  return (
    <>
      <div data-testid="latency-histogram" data-bins={bins.length}>
        <ChartFrame title={t(TITLES.latencyHistogram)} note={t('req.histNote')} height={300}>
          {bins.length > 0 ? (
            <LatencyHistogramChart
              bins={bins}
              stats={stats}
              timeUnit={unit}
              theme={theme}
              lang={lang}
            />
          ) : (
            <p className="sl-empty">{t('req.none')}</p>
          )}
        </ChartFrame>
      </div>
      <div data-testid="latency-over-time" data-points={points.length}>
        <ChartFrame title={t(TITLES.latencyOverTime)} note={t('req.timeNote')} height={300}>
          <LatencyOverTimeChart
            points={points}
            services={services}
            makespan={result.makespan}
            timeUnit={unit}
            theme={theme}
            lang={lang}
          />
        </ChartFrame>
      </div>
      <SortableTable
        caption={t('req.summary')}
        columns={requestColumns(unit, lang)}
        rows={requestRows(cluster.result, lang)}
        rowKey={(r) => r.name}
      />
      <SortableTable
        caption={t('req.nodes')}
        columns={nodeColumns(unit, lang)}
        rows={cluster.result.nodes}
        rowKey={(r) => r.name}
      />
    </>
  )
}
