import { i18n } from '#i18n';
import type { RechargeView } from '@core/messages';
import { formatDateTime, formatMoney, formatNumber } from '../ui/format';

/** Shown once a recharge has settled: the coins are in the balance. */
export function RechargeReceipt({ recharge }: { recharge: RechargeView }) {
  return (
    <div role="status" class="receipt" data-testid="recharge-receipt">
      <p class="success">{i18n.t('recharge.settled', recharge.coins, { coins: formatNumber(recharge.coins) })}</p>
      <dl>
        <dt>{i18n.t('receipt.total')}</dt>
        <dd>{formatMoney(recharge.totalMinor, recharge.currency)}</dd>
        <dt>{i18n.t('receipt.paidWith')}</dt>
        <dd>{recharge.instrumentLabel}</dd>
        <dt>{i18n.t('receipt.date')}</dt>
        <dd>{formatDateTime(recharge.updatedAt)}</dd>
        <dt>{i18n.t('receipt.number')}</dt>
        <dd data-testid="receipt-id">{recharge.receiptId ?? recharge.id}</dd>
      </dl>
    </div>
  );
}
