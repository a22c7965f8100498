import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import type { Failure } from '@core/messages';
import type { RechargeView } from '@core/messages';
import { failureText } from '../ui/failure-text';
import { formatNumber } from '../ui/format';
import { ask } from '../ui/wallet-client';

/**
 * Recharges a parent approved: one click completes each, with the key of the original attempt. The
 * outcome is handed up, because the approved entry leaves this list as soon as it is completed.
 */
export function ApprovedRecharges({
  approved,
  onCompleted,
}: {
  approved: { approvalId: string; coins: number }[];
  onCompleted: (recharge: RechargeView) => void;
}) {
  const result = useSignal<{ failure: Failure } | null>(null);

  async function complete(approvalId: string) {
    const reply = await ask('recharge/resume', { approvalId });
    if (reply.ok) onCompleted(reply.value);
    else result.value = { failure: reply };
  }

  return (
    <section aria-labelledby="approved-heading" data-testid="approved-recharges">
      <h2 id="approved-heading">{i18n.t('recharge.approvedHeading')}</h2>
      <ul>
        {approved.map(({ approvalId, coins }) => (
          <li key={approvalId} class="row">
            <span>{i18n.t('recharge.approvedLine', coins, { coins: formatNumber(coins) })}</span>
            <button type="button" onClick={() => void complete(approvalId)}>
              {i18n.t('recharge.complete')}
            </button>
          </li>
        ))}
      </ul>
      {result.value && (
        <p role="alert" class="error">
          {failureText(result.value.failure)}
        </p>
      )}
    </section>
  );
}
