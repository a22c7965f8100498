import { postReversal } from '../ledger/post-transfer';
import type { TransferRecord } from '../ledger/ledger-records';
import { refuseKeyOfRecharge } from './bound-keys';
import { receiptFor } from './receipts';
import type { WalletContext } from './wallet-context';
import { parseInput, reversalInputSchema, type ReversalInput } from './wallet-inputs';

/** Reverses a whole transfer with a new, opposite one (never an edit); refused if a wallet would go negative. */
export function reverse(wallet: WalletContext, input: ReversalInput): Promise<TransferRecord> {
  const request = parseInput(reversalInputSchema, input);
  const context = { now: wallet.clock.now(), timeZone: wallet.timeZone };
  return wallet.storage.write(async (tx) => {
    await refuseKeyOfRecharge(tx, request.idempotencyKey);
    const posted = await postReversal(tx, request, context);
    if (!posted.replayed) {
      const coins = Math.abs(posted.entries.find((entry) => entry.unit === 'coins' && entry.account === wallet.account)?.amount ?? 0);
      await tx.putDocument('receipts', receiptFor(posted.transfer, { coins, description: `Reversal of ${request.transferId}: ${request.reason}` }));
    }
    return posted.transfer;
  });
}
