import { SYSTEM_ACCOUNTS, viewerAccount } from './accounts';
import type { TransferRequest } from './post-transfer';

export interface RechargeCreditInput {
  viewerId: string;
  coins: number;
  idempotencyKey: string;
  packId: string | null;
  rechargeId?: string;
}

/** Coins bought: purchase clearing pays the viewer's wallet. */
export function rechargeTransferRequest(input: RechargeCreditInput): TransferRequest {
  return {
    idempotencyKey: input.idempotencyKey,
    kind: 'recharge',
    legs: [
      { account: SYSTEM_ACCOUNTS.purchaseClearing, unit: 'coins', amount: -input.coins },
      { account: viewerAccount(input.viewerId), unit: 'coins', amount: input.coins },
    ],
    memo: { packId: input.packId, ...(input.rechargeId ? { rechargeId: input.rechargeId } : {}) },
    params: { viewerId: input.viewerId, coins: input.coins, packId: input.packId, rechargeId: input.rechargeId },
  };
}
