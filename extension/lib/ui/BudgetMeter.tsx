import { i18n } from '#i18n';
import type { BudgetView } from '@core/messages';
import { formatNumber } from './format';

const WIDTH = 240;
const HEIGHT = 14;

/**
 * This month's gift spending against the viewer's budget, as a small SVG bar. The picture is hidden
 * from assistive technology; the sentence next to it says the same in words.
 */
export function BudgetMeter({ budget }: { budget: BudgetView }) {
  const { monthlyBudgetCoins: cap, spentThisMonthCoins: spent, usedPercent, warning } = budget;
  const share = cap === null || cap === 0 ? (spent > 0 ? 1 : 0) : Math.min(1, spent / cap);
  const summary =
    cap === null
      ? i18n.t('budget.noBudget', spent, { spent: formatNumber(spent) })
      : i18n.t('budget.spentOf', { spent: formatNumber(spent), cap: formatNumber(cap), percent: formatNumber(usedPercent ?? 0) });
  return (
    <section aria-labelledby="budget-heading" class="budget">
      <h2 id="budget-heading">{i18n.t('budget.heading')}</h2>
      {cap !== null && (
        <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" class="meter">
          <rect x="0" y="0" width={WIDTH} height={HEIGHT} rx="7" class="meter-track" />
          <rect x="0" y="0" width={Math.round(WIDTH * share)} height={HEIGHT} rx="7" class={warning ? 'meter-fill warn' : 'meter-fill'} />
        </svg>
      )}
      <p data-testid="budget-summary">{summary}</p>
      {warning && (
        <p class="warning" role="status" data-testid="budget-warning">
          {i18n.t('budget.warning', { percent: formatNumber(usedPercent ?? 0) })}
        </p>
      )}
    </section>
  );
}
