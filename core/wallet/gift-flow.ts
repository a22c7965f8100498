import { findGift } from '../gift-catalog';
import { giftTransferRequest, splitGiftDiamonds } from '../gifts/gift-economy';
import { creatorAccount } from '../ledger/accounts';
import { postTransfer, readTransfer, type PostResult } from '../ledger/post-transfer';
import { WalletError } from '../wallet-error';
import { refuseKeyOfOtherApproval, refuseKeyOfRecharge } from './bound-keys';
import { decideLimits, readLimits } from './limit-gate';
import { receiptFor, receiptIdOf } from './receipts';
import type { WalletContext } from './wallet-context';
import { giftInputSchema, parseInput, type GiftInput } from './wallet-inputs';
import { asWalletError, Refusal } from './wallet-refusal';

export interface GiftResult {
  transferId: string;
  receiptId: string;
  giftId: string;
  count: number;
  coins: number;
  creator: string;
  stream: string;
  creatorDiamonds: number;
  platformDiamonds: number;
  balanceAfter: number;
  createdAt: number;
  /** The self-set budget is at or above 80 % after this gift. */
  budgetWarning: { usedPercent: number } | null;
  /** True when this key had been applied before and this is its first result again. */
  replayed: boolean;
}

/** Sends a gift (times count): coins leave the viewer, diamonds reach the creator and the platform share. */
export async function sendGift(wallet: WalletContext, input: GiftInput): Promise<GiftResult> {
  const request = parseInput(giftInputSchema, input);
  const gift = findGift(wallet.catalog, request.giftId);
  if (!gift) throw new WalletError('unknown-gift', `There is no gift "${request.giftId}".`);
  const coins = gift.coins * request.count;
  if (!Number.isSafeInteger(coins)) throw new WalletError('invalid-request', 'That many gifts cost more coins than a wallet can hold.');
  const context = { now: wallet.clock.now(), timeZone: wallet.timeZone };
  const transfer = giftTransferRequest({ ...request, viewerId: wallet.viewerId, unitCoins: gift.coins }, wallet.economy);
  const outcome = await wallet.storage
    .write(async (tx): Promise<Refusal | { posted: PostResult; warning: { usedPercent: number } | null }> => {
      const gate = { account: wallet.account, ...context };
      // One round of reads: the ledger's, the limits' and the key checks' requests go out together.
      const ledger = readTransfer(tx, transfer, context);
      const [reads, limits] = await Promise.all([
        ledger,
        readLimits(tx, gate, ledger.then((known) => known.summaries)),
        refuseKeyOfRecharge(tx, request.idempotencyKey),
        refuseKeyOfOtherApproval(tx, request.idempotencyKey, { kind: 'gift', coins }),
      ]);
      // A retry of an applied gift returns its first result, whatever the limits say now.
      if (reads.previous) return { posted: await postTransfer(tx, transfer, context, { reads }), warning: null };
      const balance = reads.balances.get(wallet.account) ?? 0;
      if (coins > balance) {
        throw new WalletError('insufficient-coins', `${gift.name} ×${request.count} costs ${coins} coins; you have ${balance}.`);
      }
      const subject = `${gift.name} ×${request.count} to ${request.creator}`;
      const limit = await decideLimits(tx, gate, limits, { kind: 'gift', coins }, request.idempotencyKey, subject);
      if (limit instanceof Refusal) return limit;
      // One round of writes: the receipt goes out with the transfer.
      const description = `${subject} on stream ${request.stream}`;
      const posted = await postTransfer(tx, transfer, context, {
        reads,
        alongside: (posting) => tx.putDocument('receipts', receiptFor(posting, { coins, description })),
      });
      return { posted, warning: limit };
    })
    .catch((error: unknown) => {
      throw asWalletError(error);
    });
  if (outcome instanceof Refusal) throw outcome.error;
  return giftResult(wallet, outcome.posted, outcome.warning);
}

function giftResult(wallet: WalletContext, { transfer, entries, replayed }: PostResult, warning: { usedPercent: number } | null): GiftResult {
  const viewerEntry = entries.find((entry) => entry.account === wallet.account)!;
  const coins = -viewerEntry.amount;
  const split = splitGiftDiamonds(coins, wallet.economy);
  return {
    transferId: transfer.id,
    receiptId: receiptIdOf(transfer.id),
    giftId: transfer.memo.giftId!,
    count: transfer.memo.count!,
    coins,
    creator: transfer.memo.creator!,
    stream: transfer.memo.stream!,
    creatorDiamonds: entries.find((entry) => entry.account === creatorAccount(transfer.memo.creator!))?.amount ?? 0,
    platformDiamonds: split.platformDiamonds,
    balanceAfter: viewerEntry.balanceAfter,
    createdAt: transfer.createdAt,
    budgetWarning: warning,
    replayed,
  };
}
