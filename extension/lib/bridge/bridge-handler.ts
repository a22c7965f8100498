import { z } from 'zod';
import { bridgeCodeForWallet, bridgeError, BRIDGE_ERROR, type BridgeError } from '@core/bridge';
import {
  bridgeRequestSchema,
  isBridgeMethod,
  type BridgeEvent,
  type BridgeReply,
  type GiftSendParams,
  type GiftSendResult,
} from '@core/bridge/bridge-protocol';
import type { Gift } from '@core';
import type { Clock } from '@core/ports';
import { isWalletError } from '@core';
import type { WalletService } from '@core/wallet';
import { Refused, refuse } from './bridge-refusal';
import type { ConsentPort, ConsentQuestion } from './consent';
import type { ConnectedSites } from './connected-sites';
import { mayPageSpend, requireConnected } from './may-page-spend';
import type { OpenOutcome } from './recharge-window';

/** The part of the background's WalletService the bridge uses (pushes follow `onCommitted`). */
export type BridgeWalletService = Pick<WalletService, 'paymentMode' | 'balance' | 'sendGift' | 'listApprovals' | 'onCommitted'>;

export interface BridgeParts {
  wallet: BridgeWalletService;
  sites: ConnectedSites;
  consent: ConsentPort;
  /** The wallet's own catalog: the only source of prices (never the page). */
  catalog: readonly Gift[];
  clock: Clock;
  /** Tells the site's open tabs about a change (balance, disconnection). */
  push: (origin: string, push: BridgeEvent) => void;
  /** A gift raised an approval request: the site's tab hears the parent's answer (`approvalAnswered`). */
  watchApproval?: (watched: { origin: string; approvalId: string; idempotencyKey: string; tabId: number | undefined }) => Promise<void>;
  /** Scopes a page's idempotency key to its site, so one site can never replay or block another's gift. */
  scopeKey: (origin: string, key: string) => Promise<string>;
  /** Opens the wallet's own recharge window (rate-limited by the opener); absent where there is none. */
  openRecharge?: () => Promise<OpenOutcome>;
}

/** A request as the background receives it: the origin comes from the sender, the gesture from the content script. */
export interface BridgeCall {
  origin: string;
  request: unknown;
  gesture: boolean;
  /** The tab the request came from, when the browser says. */
  tabId?: number;
}

/**
 * The background's side of the wallet bridge. Every request is untrusted: it is validated, the site
 * must be connected (by the viewer, in an extension window), gifts need a recent tap on the page and
 * are priced from the wallet's own catalog, and the WalletService enforces budgets and parental limits.
 */
export function createBridgeHandler(parts: BridgeParts) {
  const { wallet, sites, consent, clock } = parts;
  /** One question per site and kind at a time: a second connect waits for the same answer. */
  const pending = new Map<string, Promise<boolean>>();

  function askOnce(question: ConsentQuestion, join: boolean): Promise<boolean> {
    const slot = `${question.origin} ${question.kind}`;
    const open = pending.get(slot);
    if (open) {
      if (join) return open;
      refuse(BRIDGE_ERROR.rejected, 'Another gift from this site is waiting for the viewer to confirm it.');
    }
    const asked = consent.ask(question).finally(() => pending.delete(slot));
    pending.set(slot, asked);
    return asked;
  }

  async function sendGift(origin: string, params: GiftSendParams, gesture: boolean, tabId: number | undefined): Promise<GiftSendResult> {
    const { site, idempotencyKey, confirmed } = await mayPageSpend(
      { sites, catalog: parts.catalog, scopeKey: parts.scopeKey, askViewer: (question) => askOnce({ ...question, testMode: wallet.paymentMode === 'test' }, false) },
      { origin, params, gesture },
    );
    const result = await wallet
      .sendGift({ giftId: params.giftId, count: params.count, creator: params.creator, stream: params.stream, idempotencyKey })
      .catch(async (error: unknown) => {
        if (isWalletError(error) && error.approvalId && parts.watchApproval) {
          await parts.watchApproval({ origin, approvalId: error.approvalId, idempotencyKey: params.idempotencyKey, tabId });
        }
        throw error;
      });
    // Only a gift that committed is remembered as confirmed, and only it is the site's first gift: a refused
    // one (not enough coins, a limit) leaves nothing a different gift under the same key could use.
    if (confirmed) {
      await sites.rememberConfirmed(confirmed);
      if (!site.firstGiftConfirmed) await sites.markFirstGiftConfirmed(origin);
    }
    if (!result.replayed) parts.push(origin, { event: 'balanceChanged', data: { balance: result.balanceAfter } });
    return {
      idempotencyKey: params.idempotencyKey,
      giftId: result.giftId,
      count: result.count,
      coins: result.coins,
      creator: result.creator,
      stream: result.stream,
      balanceAfter: result.balanceAfter,
      createdAt: result.createdAt,
    };
  }

  async function run({ origin, request, gesture, tabId }: BridgeCall): Promise<unknown> {
    const method: unknown = typeof request === 'object' && request !== null ? (request as { method?: unknown }).method : undefined;
    if (typeof method === 'string' && !isBridgeMethod(method)) {
      refuse(BRIDGE_ERROR.unsupportedMethod, `The LiveGift wallet has no method "${method.slice(0, 64)}".`);
    }
    const parsed = bridgeRequestSchema.safeParse(request);
    if (!parsed.success) refuse(BRIDGE_ERROR.invalidParams, z.prettifyError(parsed.error).slice(0, 1000));
    const call = parsed.data;
    switch (call.method) {
      case 'wallet_connect': {
        if (!(await sites.get(origin))) {
          // No consent window without a tap: a page cannot pop questions at the viewer on its own.
          if (!gesture) refuse(BRIDGE_ERROR.unauthorized, 'Connecting needs a tap or a key press on the page just before it.');
          const yes = await askOnce({ kind: 'connect', origin, testMode: wallet.paymentMode === 'test' }, true);
          if (!yes) refuse(BRIDGE_ERROR.rejected, 'The viewer did not connect this site.');
          await sites.connect(origin, clock.now());
        }
        return { connected: true, balance: await wallet.balance(), testMode: wallet.paymentMode === 'test' };
      }
      case 'wallet_balance':
        await requireConnected(sites, origin);
        return { balance: await wallet.balance(), testMode: wallet.paymentMode === 'test' };
      case 'wallet_disconnect':
        if (await sites.disconnect(origin)) parts.push(origin, { event: 'disconnect', data: { reason: 'The site disconnected.' } });
        return { connected: false };
      case 'gift_send':
        return sendGift(origin, call.params, gesture, tabId);
      case 'wallet_openRecharge': {
        await requireConnected(sites, origin);
        // A window only after a tap on the page, and few of them: the opener keeps one at a time.
        if (!gesture) refuse(BRIDGE_ERROR.unauthorized, 'Opening the recharge needs a tap or a key press on the page just before it.');
        const outcome = parts.openRecharge ? await parts.openRecharge() : 'too-soon';
        if (outcome === 'too-soon') refuse(BRIDGE_ERROR.rejected, 'The recharge was opened moments ago; try again in a few seconds.');
        return { opened: true };
      }
    }
  }

  /** Answers one request; never throws, so the message channel only ever carries a reply. */
  return async function handleBridgeCall(call: BridgeCall): Promise<BridgeReply> {
    try {
      return { ok: true, result: await run(call) };
    } catch (error) {
      return { ok: false, error: toBridgeError(error) };
    }
  };
}

const CONFLICT_MESSAGE = 'This idempotency key was already used for a different gift (gift, count, creator or stream). Nothing was charged.';

export function toBridgeError(error: unknown): BridgeError {
  if (error instanceof Refused) return error.error;
  if (isWalletError(error)) {
    // The wallet's own wording names the site-scoped key, which is internal: a conflict gets the bridge's words.
    const message = error.code === 'idempotency-conflict' ? CONFLICT_MESSAGE : error.message;
    return bridgeError(bridgeCodeForWallet(error.code), message, {
      reason: error.code,
      ...(error.approvalId ? { approvalId: error.approvalId } : {}),
    });
  }
  console.error('LiveGift bridge: unexpected error', error);
  return bridgeError(BRIDGE_ERROR.internal, 'The wallet could not complete this request. Nothing was charged.');
}
