import type { CreatorSummary } from '@core/messages';
import type { Words } from '../i18n/format';

/** The balance first: the ledger's diamonds, their worth at the configured rate, and the minimum payout. */
export function DiamondsCard({ summary, words }: { summary: CreatorSummary; words: Words }) {
  const { t, number, money } = words;
  const { rate, estimate } = summary;
  return (
    <section id="diamonds" aria-labelledby="diamonds-heading" class="balance-card">
      <h2 id="diamonds-heading" class="balance-label">
        {t.diamondsHeading}
      </h2>
      <p class="balance" data-testid="diamonds">
        {t.diamonds(number(summary.diamonds), summary.diamonds === 1)}
      </p>
      <p data-testid="worth">{t.worth(money(estimate.estimateMinor, rate.currency))}</p>
      <p class="hint">{t.rate(money(rate.minorUnitsPerThousandDiamonds, rate.currency))}</p>
      <p class="hint" data-testid="minimum">
        {t.minimum(money(rate.minimumMinor, rate.currency), number(rate.minimumDiamonds))}
      </p>
      <p class={estimate.eligible ? 'success' : 'hint'}>{estimate.eligible ? t.eligible : t.shortfall(money(estimate.shortfallMinor, rate.currency))}</p>
      {summary.pendingDiamonds > 0 && <p data-testid="pending-diamonds">{t.pending(number(summary.pendingDiamonds))}</p>}
    </section>
  );
}
