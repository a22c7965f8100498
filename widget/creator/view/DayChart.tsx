import type { EarningsResponse } from '@core/messages';
import { axisTicks } from '../../../extension/lib/history/month-runs';
import type { Words } from '../i18n/format';

const PLOT_HEIGHT = 140;
const AXIS_LEFT = 56;
const AXIS_BOTTOM = 34;
const TOP = 16;
const BAR = 12;
const GAP = 6;

/**
 * Diamonds per day as bars on labelled axes (diamonds up, days along). The SVG is the picture; the
 * table beside it (in EarningsSection) carries the same numbers for screen readers and exact figures.
 */
export function DayChart({ days, words }: { days: EarningsResponse['byDay']; words: Words }) {
  const { t, number, day } = words;
  const ticks = axisTicks(Math.max(0, ...days.map((entry) => entry.diamonds)));
  const top = ticks.at(-1) || 1;
  const width = AXIS_LEFT + days.length * (BAR + GAP) + GAP;
  const height = TOP + PLOT_HEIGHT + AXIS_BOTTOM;
  const baseline = TOP + PLOT_HEIGHT;
  const y = (value: number) => baseline - Math.round((Math.max(0, value) / top) * PLOT_HEIGHT);
  // About eight day labels, whatever the period's length.
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <figure class="monthly-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t.chartTitle} data-testid="day-chart">
        <text class="axis-title" x={4} y={TOP - 4}>
          {t.axisDiamonds}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line class="gridline" x1={AXIS_LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
            <text class="axis-label" x={AXIS_LEFT - 6} y={y(tick) + 3} text-anchor="end">
              {number(tick)}
            </text>
          </g>
        ))}
        <line class="axis" x1={AXIS_LEFT} x2={AXIS_LEFT} y1={TOP} y2={baseline} />
        <line class="axis" x1={AXIS_LEFT} x2={width} y1={baseline} y2={baseline} />
        {days.map((entry, index) => {
          const x = AXIS_LEFT + GAP + index * (BAR + GAP);
          return (
            <g key={entry.day}>
              <rect class="bar-recharged" x={x} y={y(entry.diamonds)} width={BAR} height={baseline - y(entry.diamonds)}>
                <title>{`${day(entry.day)}: ${number(entry.diamonds)}`}</title>
              </rect>
              {index % labelEvery === 0 && (
                <text x={x + BAR / 2} y={baseline + 14} text-anchor="middle" class="axis-label">
                  {day(entry.day)}
                </text>
              )}
            </g>
          );
        })}
        <text class="axis-title" x={width - 4} y={height - 4} text-anchor="end">
          {t.axisDay}
        </text>
      </svg>
      <figcaption>{t.chartTitle}</figcaption>
    </figure>
  );
}
