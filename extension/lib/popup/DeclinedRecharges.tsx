import { i18n } from '#i18n';
import { formatNumber } from '../ui/format';
import { ask } from '../ui/wallet-client';

/** Recharges a parent declined: each stays until the viewer has read it (Ask to Buy tells the child either way). */
export function DeclinedRecharges({
  declined,
  onDismissed,
}: {
  declined: { approvalId: string; coins: number }[];
  onDismissed: () => void;
}) {
  async function dismiss(approvalId: string) {
    await ask('recharge/dismiss-declined', { approvalId });
    onDismissed();
  }

  return (
    <section aria-labelledby="declined-heading" data-testid="declined-recharges">
      <h2 id="declined-heading">{i18n.t('recharge.declinedHeading')}</h2>
      <ul>
        {declined.map(({ approvalId, coins }) => {
          const line = i18n.t('recharge.declinedLine', coins, { coins: formatNumber(coins) });
          return (
            <li key={approvalId} class="row">
              <span>{line}</span>
              <button type="button" aria-label={i18n.t('recharge.dismissDeclinedLabel', { subject: line })} onClick={() => void dismiss(approvalId)}>
                {i18n.t('recharge.dismissDeclined')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
