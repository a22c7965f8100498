import { i18n } from '#i18n';
import type { MonthSummaryView } from '@core/messages';
import { formatMonth, formatNumber } from '../ui/format';
import { axisTicks, collapseQuietMonths } from './month-runs';

const BAR_WIDTH = 14;
const GAP = 18;
const PLOT_HEIGHT = 120;
/** Room left of the plot for the coin labels, and below it for the month labels. */
const AXIS_LEFT = 52;
const AXIS_BOTTOM = 22;
const TOP = 10;

/**
 * Coins recharged and spent per month as paired bars on labelled axes; months without activity are left
 * out of the picture and folded into one row of the table. The SVG is a picture for sighted readers; the
 * table after it carries the same numbers for everyone else (and for anyone who wants exact figures).
 */
export function MonthlyChart({ months }: { months: MonthSummaryView[] }) {
  const runs = collapseQuietMonths(months);
  const active = runs.flatMap((run) => (run.kind === 'active' ? [run.month] : [])).reverse();
  const ticks = axisTicks(Math.max(0, ...active.flatMap((month) => [month.rechargedCoins, month.spentCoins])));
  const top = ticks.at(-1) || 1;
  const width = AXIS_LEFT + Math.max(1, active.length) * (2 * BAR_WIDTH + GAP) + GAP;
  const height = TOP + PLOT_HEIGHT + AXIS_BOTTOM;
  const baseline = TOP + PLOT_HEIGHT;
  const y = (coins: number) => baseline - Math.round((Math.max(0, coins) / top) * PLOT_HEIGHT);
  return (
    <figure class="monthly-chart">
      {active.length > 0 && (
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          <text class="axis-title" x={4} y={TOP - 2}>
            {i18n.t('history.coins')}
          </text>
          {ticks.map((tick) => (
            <g key={tick}>
              <line class="gridline" x1={AXIS_LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
              <text class="axis-label" x={AXIS_LEFT - 6} y={y(tick) + 3} text-anchor="end">
                {formatNumber(tick)}
              </text>
            </g>
          ))}
          <line class="axis" x1={AXIS_LEFT} x2={AXIS_LEFT} y1={TOP} y2={baseline} />
          <line class="axis" x1={AXIS_LEFT} x2={width} y1={baseline} y2={baseline} />
          {active.map((month, index) => {
            const x = AXIS_LEFT + GAP + index * (2 * BAR_WIDTH + GAP);
            return (
              <g key={month.month}>
                <rect class="bar-recharged" x={x} y={y(month.rechargedCoins)} width={BAR_WIDTH} height={baseline - y(month.rechargedCoins)} />
                <rect class="bar-spent" x={x + BAR_WIDTH} y={y(month.spentCoins)} width={BAR_WIDTH} height={baseline - y(month.spentCoins)} />
                <text x={x + BAR_WIDTH} y={height - 6} text-anchor="middle" class="axis-label">
                  {formatMonth(month.month, 'short')}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <figcaption>
        <span class="key key-recharged" aria-hidden="true" /> {i18n.t('history.recharged')}{' '}
        <span class="key key-spent" aria-hidden="true" /> {i18n.t('history.spent')}
      </figcaption>
      <table class="summary-table" data-testid="monthly-summaries">
        <caption>{i18n.t('history.monthlyHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('history.month')}</th>
            <th scope="col">{i18n.t('history.recharged')}</th>
            <th scope="col">{i18n.t('history.spent')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) =>
            run.kind === 'active' ? (
              <tr key={run.month.month}>
                <th scope="row">{formatMonth(run.month.month)}</th>
                <td>{formatNumber(run.month.rechargedCoins)}</td>
                <td>{formatNumber(run.month.spentCoins)}</td>
              </tr>
            ) : (
              <tr key={run.to} class="quiet-months">
                <th scope="row">{run.count === 1 ? formatMonth(run.from) : `${formatMonth(run.from)} – ${formatMonth(run.to)}`}</th>
                <td colSpan={2}>{i18n.t('history.quietMonths', run.count)}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </figure>
  );
}
