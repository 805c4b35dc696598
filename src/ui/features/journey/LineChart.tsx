import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { gridPath, seriesGeometry, xPixel, yPixel, type DataPoint, type Domain, type MarkerShape, type PlotBox } from './chartGeometry';
import { useElementWidth } from './useElementWidth';
import './journey.css';

/** One line of a chart: its points, the shape of its markers and, for a second line, dashes. */
export interface ChartSeries {
  points: readonly DataPoint[];
  shape: MarkerShape;
  tone: 'first' | 'second';
}

/** A horizontal grid line, with a word above it and optionally a picture in the margin. */
export interface YTick {
  value: number;
  label?: string;
  icon?: ComponentChildren;
}

/** A word under the x axis at data position `x`. */
export interface XLabel {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

interface LineChartProps {
  /** What the chart shows, in a sentence: its accessible name. */
  label: string;
  domain: Domain;
  yTicks: readonly YTick[];
  xLabels: readonly XLabel[];
  series: readonly ChartSeries[];
  plotHeightPx?: number;
  /** Said under the chart when a long series is drawn as averages. */
  averagedNote?: string;
}

const TOP_PX = 30;
const BOTTOM_PX = 44;
const RIGHT_PX = 14;
const ICON_PX = 32;
/** Points keep this far from the plot's sides, so a marker at the first or last moment is drawn whole. */
const INSET_PX = 8;

/**
 * A line chart drawn at the width it is given, so its words stay 18 px: grid lines with words, one
 * <path> per line and one per set of markers, however long the series (see chartGeometry.ts).
 */
export function LineChart({ label, domain, yTicks, xLabels, series, plotHeightPx = 160, averagedNote }: LineChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const withIcons = yTicks.some((tick) => tick.icon);
  const box: PlotBox | undefined = width === undefined ? undefined : { left: withIcons ? ICON_PX + 12 : 4, top: TOP_PX, width: Math.max(width - (withIcons ? ICON_PX + 12 : 4) - RIGHT_PX, 40), height: plotHeightPx };
  const inner: PlotBox | undefined = box && { ...box, left: box.left + INSET_PX, width: box.width - 2 * INSET_PX };
  const shapes = useMemo(
    () => (inner ? series.map((line) => seriesGeometry(line.points, domain, inner, line.shape)) : []),
    [series, domain, box?.width, box?.left, plotHeightPx],
  );
  const height = TOP_PX + plotHeightPx + BOTTOM_PX;
  return (
    <div ref={ref} class="chart-frame">
      {box && inner && width !== undefined && (
        <svg class="chart" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <path class="chart-grid" d={gridPath(yTicks.map((tick) => tick.value), domain, box)} />
          <path class="chart-baseline" d={gridPath([domain.yMin], domain, box)} />
          {shapes.map((shape, i) => (
            <g key={i} class={`chart-series tone-${series[i]!.tone}`}>
              <path class="chart-line" d={shape.line} />
              {shape.markers && <path class="chart-markers" d={shape.markers} />}
            </g>
          ))}
          {yTicks.map((tick) => {
            const y = yPixel(tick.value, domain, box);
            return (
              <g key={tick.value}>
                {tick.icon && <g transform={`translate(0 ${(y - ICON_PX / 2).toFixed(1)})`}>{tick.icon}</g>}
                {tick.label && (
                  <text class="chart-label" x={box.left + 4} y={(y - 7).toFixed(1)}>
                    {tick.label}
                  </text>
                )}
              </g>
            );
          })}
          {xLabels.map((mark) => (
            <text key={`${mark.x}-${mark.label}`} class="chart-label" x={xPixel(mark.x, domain, inner).toFixed(1)} y={TOP_PX + plotHeightPx + 30} text-anchor={mark.anchor}>
              {mark.label}
            </text>
          ))}
        </svg>
      )}
      {averagedNote && shapes.some((shape) => shape.averaged) && <p class="chart-note">{averagedNote}</p>}
    </div>
  );
}
