import type { Gift } from '@core';
import type { ApprovalAnswerPush, WalletPort } from '@core/ports';
import { withRetries } from '@core/retry/retry-policy';
import type { GiftEntry } from '@core';
import type { GiftEvent } from './catalog/tray-schemas';
import { GiftTrayError } from './gift-tray-error';
import { needsConfirmation } from './logic/attributes';
import { COMBO_WINDOW_MS, nextCombo } from './logic/combo';
import { addToLeaderboard, SELF } from './logic/leaderboard';
import { readRefusal, type Refusal } from './logic/refusal';
import { SHORTCUT_PACK } from './logic/test-recharge';
import type { TrayController } from './tray-controller';

/*
 * What the tray does once the viewer acts (a tap, the recharge button, a parent's answer): a lazy chunk,
 * so none of it is in the code a page loads before the first tap (README, Size).
 */

/**
 * Sends `count` of a gift. Asks first at or above `confirm-above`. Taps are sent one after another in
 * tap order, each with its own idempotency key, retried with that same key when the wallet did not answer.
 */
export async function sendGift(tray: TrayController, giftId: string, count: number, tappedAt: number): Promise<GiftEntry> {
  if (tray.state.catalog === null) await tray.catalogReady;
  const gift = tray.gifts.find((candidate) => candidate.id === giftId);
  if (!gift || !Number.isSafeInteger(count) || count < 1 || count > 9999) {
    const refusal = gift
      ? { code: 'invalid-request', message: `A gift count is a whole number from 1 to 9999, not ${String(count)}.` }
      : { code: 'unknown-gift', message: `There is no gift "${giftId}" in this tray's catalog.` };
    return fail(tray, giftId, count, { ...refusal, limit: null });
  }
  const cost = gift.coins * count;
  // Never ask to confirm what the shown balance cannot pay: say so at once and point at the recharge.
  const { balance } = tray.state;
  if (balance !== null && cost > balance) {
    return fail(tray, gift.id, count, {
      code: 'insufficient-coins',
      message: `${gift.name} ×${count} costs ${cost} coins; you have ${balance}.`,
      limit: null,
    });
  }
  if (needsConfirmation(cost, tray.state.config.confirmAbove) && !(await tray.confirm({ gift, count, cost }))) {
    throw new GiftTrayError('cancelled', 'The viewer cancelled the gift.');
  }
  const key = tray.asked?.giftId === gift.id && tray.asked.count === count ? tray.asked.key : tray.deps.newKey();
  const run = tray.queue.then(() => deliverGift(tray, gift, count, key, tappedAt));
  tray.queue = run.catch(() => undefined);
  return run;
}

/** Sends one tap's gift through the tray's wallet, retried with its key; reports the outcome in the tray. */
export async function deliverGift(tray: TrayController, gift: Gift, count: number, idempotencyKey: string, tappedAt: number): Promise<GiftEntry> {
  const { creator, stream } = tray.state.config;
  let wallet: WalletPort;
  try {
    ({ wallet } = await tray.ensureWallet());
  } catch (error) {
    return fail(tray, gift.id, count, readRefusal(error));
  }
  try {
    const receipt = await withRetries(
      () => wallet.sendGift({ giftId: gift.id, count, creator, stream, idempotencyKey, maxCoins: gift.coins * count }),
      isTransportFailure,
    );
    if (tray.asked?.key === idempotencyKey) tray.asked = null;
    tray.update({
      combo: nextCombo(tray.state.combo, gift.id, tappedAt),
      note: { kind: 'sent', gift: gift.name, count, coins: receipt.coins },
      limit: null,
      // A multi-gift is a deliberate one-off: the next tap sends one again.
      ...(count > 1 && count === tray.state.quantity ? { quantity: 1 } : {}),
      // With a gift server, the stream's feed brings this gift back to every tray, this one included.
      ...(tray.state.config.server
        ? {}
        : { collected: tray.state.collected + receipt.coins, leaderboard: addToLeaderboard(tray.state.leaderboard, SELF, receipt.coins) }),
    });
    endComboLater(tray);
    tray.deps.emit('gift-sent', {
      giftId: gift.id,
      giftName: gift.name,
      count,
      coins: receipt.coins,
      receiptId: receipt.idempotencyKey,
      creator,
      stream,
    });
    if (!wallet.onBalanceChange) await tray.refreshBalance(wallet);
    return receipt;
  } catch (error) {
    const refusal = readRefusal(error);
    if (refusal.approvalId && refusal.limit === 'parental') tray.asked = { giftId: gift.id, count, key: idempotencyKey, approvalId: refusal.approvalId };
    // The extension was removed or the site disconnected: the next tap pays from the page's wallet.
    if (wallet === tray.current && (refusal.code === 'not-connected' || refusal.code === 'wallet-unavailable') && tray.state.source === 'extension') {
      tray.chooseAgain();
    } else await tray.refreshBalance(wallet);
    return fail(tray, gift.id, count, refusal);
  }
}

/** Shows a refusal (status line, limit banner), tells the page (`gift-failed`) and rejects with it. */
export function fail(tray: TrayController, giftId: string, count: number, refusal: Refusal): never {
  tray.update({
    combo: null,
    note: { kind: 'failed', refusal },
    limit: refusal.limit ? { kind: refusal.limit, ...(refusal.approvalId ? { approvalId: refusal.approvalId } : {}) } : tray.state.limit,
  });
  tray.deps.emit('gift-failed', { giftId, count, code: refusal.code, message: refusal.message });
  throw new GiftTrayError(refusal.code, refusal.message, refusal.approvalId);
}

/** A failure without a code is the transport (a backend or extension that did not answer): retry with the same key. */
const isTransportFailure = (error: unknown) => !(error && typeof error === 'object' && 'code' in error);

function endComboLater(tray: TrayController): void {
  clearTimeout(tray.comboTimer);
  tray.comboTimer = setTimeout(() => tray.update({ combo: null }), COMBO_WINDOW_MS);
}

/** The recharge shortcut: in test mode it adds test coins; a live wallet runs its own checkout. */
export async function rechargeShortcut(tray: TrayController): Promise<void> {
  let wallet: WalletPort;
  try {
    ({ wallet } = await tray.ensureWallet());
    // The viewer's extension sells coins in its own window; the new balance comes back as a push.
    if (wallet.openRecharge) {
      await wallet.openRecharge();
      tray.update({ note: { kind: 'recharge-opened', wallet: tray.state.extensionName ?? '' } });
      return;
    }
    const key = tray.deps.newKey();
    const entry = await withRetries(() => wallet.recharge({ packId: SHORTCUT_PACK.packId, idempotencyKey: key }), isTransportFailure);
    tray.update({
      note: { kind: 'recharged', coins: entry.coins },
      limit: tray.state.limit?.kind === 'recharges-locked' ? null : tray.state.limit,
    });
    if (!wallet.onBalanceChange) await tray.refreshBalance(wallet);
  } catch (error) {
    const refusal = readRefusal(error);
    tray.update({
      note: { kind: 'failed', refusal },
      limit: refusal.limit ? { kind: refusal.limit } : tray.state.limit,
    });
  }
}

/** A parent answered: the banner says so; after a yes the next tap on that gift sends it with its key. */
export function approvalAnswered(tray: TrayController, answer: ApprovalAnswerPush): void {
  const asked = tray.asked;
  if (!asked || asked.key !== answer.idempotencyKey) return;
  if (answer.state !== 'approved') tray.asked = null;
  tray.update({ limit: { kind: 'parental', approvalId: asked.approvalId, answer: answer.state }, note: null });
}

/** A gift from another viewer (the site's realtime feed), already parsed: counts toward the goal and the top gifters. */
export function countGiftEvent(tray: TrayController, event: GiftEvent | null, input: unknown): void {
  if (!event) {
    tray.deps.warn('gift-tray: ignored a gift event that is not { from, coins, … }', input);
    return;
  }
  // With a gift server its feed is the only source: a page's own events would count gifts twice.
  if (tray.state.config.server || (event.stream !== undefined && event.stream !== tray.state.config.stream)) return;
  if (event.id !== undefined) {
    if (tray.seenEvents.has(event.id)) return;
    tray.seenEvents.add(event.id);
  }
  tray.update({
    collected: tray.state.collected + event.coins,
    leaderboard: addToLeaderboard(tray.state.leaderboard, event.from, event.coins),
  });
}
