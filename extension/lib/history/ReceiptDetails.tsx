import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { ReceiptView } from '@core/messages';
import { formatDateTime, formatMoney, formatNumber } from '../ui/format';
import { TestModeBadge } from '../ui/TestModeBadge';

/** One receipt in full. Focus moves to it when it opens, and back to the list when it closes. */
export function ReceiptDetails({ receipt, onClose }: { receipt: ReceiptView; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [receipt.id]);
  const { payment } = receipt;
  return (
    <section class="receipt-details" aria-labelledby="receipt-heading" data-testid="receipt-details">
      <h2 id="receipt-heading" tabIndex={-1} ref={heading}>
        {i18n.t('receipt.heading')} {payment?.testMode && <TestModeBadge />}
      </h2>
      <dl>
        <dt>{i18n.t('receipt.number')}</dt>
        <dd>{receipt.id}</dd>
        <dt>{i18n.t('receipt.date')}</dt>
        <dd>{formatDateTime(receipt.issuedAt)}</dd>
        <dt>{i18n.t('receipt.description')}</dt>
        <dd>{receipt.description}</dd>
        <dt>{i18n.t('receipt.coins')}</dt>
        <dd>{formatNumber(receipt.coins)}</dd>
        {payment && (
          <>
            <dt>{i18n.t('recharge.subtotal')}</dt>
            <dd>{formatMoney(payment.subtotalMinor, payment.currency)}</dd>
            <dt>{payment.taxLabel || i18n.t('recharge.tax')}</dt>
            <dd>{formatMoney(payment.taxMinor, payment.currency)}</dd>
            <dt>{i18n.t('receipt.total')}</dt>
            <dd>{formatMoney(payment.totalMinor, payment.currency)}</dd>
            <dt>{i18n.t('receipt.paymentRef')}</dt>
            <dd>{payment.providerRef}</dd>
          </>
        )}
      </dl>
      <button type="button" onClick={onClose}>
        {i18n.t('common.close')}
      </button>
    </section>
  );
}
