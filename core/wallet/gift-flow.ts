import { findGift } from '../gift-catalog';
import { giftTransferRequest, splitGiftDiamonds } from '../gifts/gift-economy';
import { creatorAccount } from '../ledger/accounts';
import { postTransfer, type PostResult } from '../ledger/post-transfer';
import { WalletError } from '../wallet-error';
import { refuseKeyOfOtherApproval, refuseKeyOfRecharge } from './bound-keys';
import { checkLimits } from './limit-gate';
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
      const [applied, balance] = await Promise.all([
        tx.transferByKey(request.idempotencyKey),
        tx.balance(wallet.account),
        refuseKeyOfRecharge(tx, request.idempotencyKey),
        refuseKeyOfOtherApproval(tx, request.idempotencyKey, { kind: 'gift', coins }),
      ]);
      // A retry of an applied gift returns its first result, whatever the limits say now.
      if (applied) return { posted: await postTransfer(tx, transfer, context), warning: null };
      if (coins > balance) {
        throw new WalletError('insufficient-coins', `${gift.name} ×${request.count} costs ${coins} coins; you have ${balance}.`);
      }
      const subject = `${gift.name} ×${request.count} to ${request.creator}`;
      const gate = { account: wallet.account, now: wallet.clock.now(), timeZone: wallet.timeZone };
      const limit = await checkLimits(tx, gate, { kind: 'gift', coins }, request.idempotencyKey, subject);
      if (limit instanceof Refusal) return limit;
      const posted = await postTransfer(tx, transfer, context);
      await tx.putDocument('receipts', receiptFor(posted.transfer, { coins, description: `${subject} on stream ${request.stream}` }));
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
