import { i18n } from '#i18n';
import type { MonthSummaryView } from '../../../core/messages/wallet-views';
import { formatMonth, formatNumber } from '../ui/format';

const BAR_WIDTH = 14;
const GAP = 18;
const HEIGHT = 120;

/**
 * Coins recharged and spent per month as paired bars. The SVG is a picture for sighted readers; the
 * table after it carries the same numbers for everyone else (and for anyone who wants exact figures).
 */
export function MonthlyChart({ months }: { months: MonthSummaryView[] }) {
  const oldestFirst = [...months].reverse();
  const peak = Math.max(1, ...oldestFirst.flatMap((month) => [month.rechargedCoins, month.spentCoins]));
  const width = oldestFirst.length * (2 * BAR_WIDTH + GAP) + GAP;
  const barHeight = (coins: number) => Math.round((Math.max(0, coins) / peak) * (HEIGHT - 20));
  return (
    <figure class="monthly-chart">
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {oldestFirst.map((month, index) => {
          const x = GAP + index * (2 * BAR_WIDTH + GAP);
          return (
            <g key={month.month}>
              <rect class="bar-recharged" x={x} y={HEIGHT - 16 - barHeight(month.rechargedCoins)} width={BAR_WIDTH} height={barHeight(month.rechargedCoins)} />
              <rect class="bar-spent" x={x + BAR_WIDTH} y={HEIGHT - 16 - barHeight(month.spentCoins)} width={BAR_WIDTH} height={barHeight(month.spentCoins)} />
              <text x={x + BAR_WIDTH} y={HEIGHT - 2} text-anchor="middle" class="bar-label">
                {formatMonth(month.month, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
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
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month)}</th>
              <td>{formatNumber(month.rechargedCoins)}</td>
              <td>{formatNumber(month.spentCoins)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
