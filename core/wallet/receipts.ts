import type { ReceiptRecord } from '../history/history-records';
import { VIEWER_TRANSFER_KINDS, type TransferRecord, type ViewerTransferKind } from '../ledger/ledger-records';
import { WalletError } from '../wallet-error';
import type { RechargeRecord } from '../recharge/recharge-record';

/** Every posted transfer that a viewer can show later gets a receipt under this id. */
export const receiptIdOf = (transferId: string): string => `rcpt-${transferId}`;

/** The one way a receipt is made: dated and named after its transfer. */
export function receiptFor(
  transfer: TransferRecord,
  details: { coins: number; description: string; payment?: ReceiptRecord['payment'] },
): ReceiptRecord {
  const kind = transfer.kind as ViewerTransferKind;
  if (!VIEWER_TRANSFER_KINDS.includes(kind)) throw new WalletError('invalid-request', `A ${transfer.kind} transfer moves no viewer's coins and has no receipt.`);
  return {
    id: receiptIdOf(transfer.id),
    transferId: transfer.id,
    kind,
    issuedAt: transfer.createdAt,
    coins: details.coins,
    description: details.description,
    payment: details.payment ?? null,
  };
}

/** A settled recharge's receipt: the coins and what was paid for them, marked TEST MODE in the sandbox. */
export function rechargeReceipt(transfer: TransferRecord, record: RechargeRecord, providerRef: string, mode: 'test' | 'live'): ReceiptRecord {
  const { quote } = record;
  return receiptFor(transfer, {
    coins: quote.coins,
    description: `${quote.coins.toLocaleString('en-US')} coins${mode === 'test' ? ' (TEST MODE)' : ''}`,
    payment: {
      currency: quote.currency,
      subtotalMinor: quote.subtotalMinor,
      taxMinor: quote.taxMinor,
      totalMinor: quote.totalMinor,
      taxLabel: quote.taxLabel,
      paymentId: record.paymentId,
      providerRef,
      testMode: mode === 'test',
    },
  });
}
