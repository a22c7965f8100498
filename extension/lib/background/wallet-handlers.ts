import {
  budgetStatus,
  COIN_PACKS,
  compareChannels,
  isWalletError,
  monthKeyOf,
  monthsBackFrom,
  NO_LIMITS,
  paymentMethodsFor,
  priceListFor,
  quoteRecharge,
  SANDBOX_TEST_INSTRUMENTS,
  type Clock,
} from '@core';
import { byCreator } from '@core/history';
import type { ParentalControls } from '@core/messages';
import type { ActivityItem, RechargeView, TestOutcome } from '@core/messages';
import { testOutcomeSchema } from '@core/messages';
import type { HistoryFilter } from '@core/messages';
import type { KeyValueStore } from '../platform/key-value-store';
import type { bridgeAdminOperations } from '@core/messages';
import type { OperationName } from '@core/messages';
import type { HandlersOf } from './message-router';
import type { ParentalPinService } from './parental-pin-service';
import { RechargeAttempts } from './recharge-attempts';
import { createBackupHandlers } from './backup-handlers';
import { BackupKeyStore } from './backup-key-store';
import { ReplyError } from './reply-error';
import type { BackgroundWalletService } from './background-wallet-service';
import type { WalletPreferences } from './wallet-preferences';
import { toActivityItem, toMonthSummaryView, toRechargeView, toReceiptView } from './records-to-views';

export interface BackgroundParts {
  engine: BackgroundWalletService;
  pin: ParentalPinService;
  preferences: WalletPreferences;
  store: KeyValueStore;
  clock: Clock;
  /** Tells a parent that a limit blocked a recharge of `coins` (a browser notification in the extension). */
  notifyLimit: (blocked: { coins: number; locked: boolean }) => Promise<void>;
}

/** History is read in pages of this size when a creator filter has to look through more entries. */
const SCAN_PAGE = 200;
/** A creator-filtered page stops after reading this many entries and hands back a cursor to continue. */
const SCAN_LIMIT = 5_000;

function tokenFor(method: string, outcome: TestOutcome): string {
  const appliesTo = method === 'card' ? 'card' : 'account';
  return SANDBOX_TEST_INSTRUMENTS.find((instrument) => instrument.appliesTo === appliesTo && instrument.outcome === outcome)!.token;
}

/** The operations the wallet's own handlers answer: all but the bridge's (start-wallet-bridge.ts answers those). */
export type WalletOperationName = Exclude<OperationName, keyof typeof bridgeAdminOperations>;

/** Every wallet operation of the protocol, wired to the wallet engine, the PIN and the stored preferences. */
export function createHandlers(parts: BackgroundParts): HandlersOf<WalletOperationName> {
  const { engine, pin, preferences, clock } = parts;
  const attempts = new RechargeAttempts(parts.store);

  async function controls(): Promise<ParentalControls> {
    const [policy, approvals, notifyOnLimit] = await Promise.all([
      engine.getPolicy(),
      engine.listApprovals(),
      preferences.notifyOnLimit(),
    ]);
    return { limits: policy.parental, notifyOnLimit, approvals };
  }

  /** Runs a recharge; a limit that stops it is remembered (to complete after approval) and reported. */
  async function recharge(input: {
    idempotencyKey: string;
    region: string;
    packId: string;
    method: string;
    instrument: TestOutcome;
    coins: number;
  }): Promise<RechargeView> {
    try {
      const result = await engine.recharge({
        idempotencyKey: input.idempotencyKey,
        region: input.region,
        packId: input.packId,
        instrument: { method: input.method, token: tokenFor(input.method, input.instrument) },
      });
      return toRechargeView(result.recharge);
    } catch (error) {
      const code: string | undefined = isWalletError(error) ? error.code : undefined;
      if (code === 'over-parental-limit' || code === 'recharges-locked') {
        const { approvalId } = error as { approvalId?: string };
        if (approvalId) await attempts.remember({ ...input, approvalId });
        if (await preferences.notifyOnLimit()) await parts.notifyLimit({ coins: input.coins, locked: code === 'recharges-locked' });
      }
      throw error;
    }
  }

  async function historyPage(filter: HistoryFilter & { cursor: string | null; limit: number }) {
    const { creator, cursor, limit, ...query } = filter;
    if (!creator) {
      const page = await engine.history({ ...query, cursor, limit });
      return { items: page.entries.map(toActivityItem), nextCursor: page.nextCursor };
    }
    // The engine filters by type and date; the creator filter reads on, page by page, within a bound.
    const matches = byCreator(creator);
    const items: ActivityItem[] = [];
    let next: string | null = cursor;
    let scanned = 0;
    do {
      const page = await engine.history({ ...query, cursor: next, limit: SCAN_PAGE });
      for (const entry of page.entries.filter(matches)) items.push(toActivityItem(entry));
      scanned += page.entries.length;
      next = page.nextCursor;
    } while (next !== null && items.length < limit && scanned < SCAN_LIMIT);
    // The engine's cursor marks a whole page, so every match of the last page read is returned, even
    // past `limit`: cutting there would skip the rest for good.
    return { items, nextCursor: next };
  }

  return {
    'wallet/overview': async ({ recentLimit }) => {
      const open = [...(await engine.listRecharges('created')), ...(await engine.listRecharges('pending'))];
      // A delayed payment may have cleared since the popup was last open: ask before showing it.
      if (open.length > 0) await engine.refreshPending();
      const month = monthKeyOf(clock.now(), engine.timeZone);
      const [balance, recent, summary, policy, pending, stillOpen, region, waiting] = await Promise.all([
        engine.balance(),
        recentLimit > 0 ? engine.history({ limit: recentLimit, cursor: null }) : Promise.resolve({ entries: [], nextCursor: null }),
        engine.monthlySummary(month),
        engine.getPolicy(),
        engine.listApprovals('pending'),
        Promise.all([engine.listRecharges('created'), engine.listRecharges('pending')]),
        preferences.region(),
        attempts.list(),
      ]);
      const [approvedList, declinedList] = await Promise.all([engine.listApprovals('approved'), engine.listApprovals('declined')]);
      const approved = new Set(approvedList.map((approval) => approval.id));
      const declined = new Set(declinedList.map((approval) => approval.id));
      const cap = policy.budget.monthlyGiftCoins;
      return {
        balance,
        testMode: engine.paymentMode === 'test',
        region: region.region,
        currency: region.currency,
        recent: recent.entries.map(toActivityItem),
        budget: {
          monthlyBudgetCoins: cap,
          spentThisMonthCoins: summary.spent,
          ...budgetStatus(summary.spent, cap),
        },
        month: toMonthSummaryView(summary),
        pendingRecharges: stillOpen.flat().map(toRechargeView),
        pendingApprovals: pending.length,
        approvedRecharges: waiting
          .filter((attempt) => approved.has(attempt.approvalId))
          .map(({ approvalId, coins }) => ({ approvalId, coins })),
        declinedRecharges: waiting
          .filter((attempt) => declined.has(attempt.approvalId))
          .map(({ approvalId, coins }) => ({ approvalId, coins })),
      };
    },

    'recharge/options': async () => {
      const { region, currency } = await preferences.region();
      return {
        region,
        currency,
        testMode: engine.paymentMode === 'test',
        packs: COIN_PACKS.map((pack) => {
          const quote = quoteRecharge({ region, packId: pack.id });
          const tax = priceListFor(region)?.tax;
          return {
            packId: pack.id,
            coins: quote.coins,
            currency: quote.currency,
            subtotalMinor: quote.subtotalMinor,
            taxMinor: quote.taxMinor,
            totalMinor: quote.totalMinor,
            taxLabel: quote.taxLabel,
            tax: tax?.labelCode
              ? { labelCode: tax.labelCode, rateBasisPoints: tax.rateBasisPoints, localName: tax.localName ?? null }
              : null,
          };
        }),
        paymentMethods: paymentMethodsFor(region).map(({ id, label }) => ({ id, label })),
        instruments: testOutcomeSchema.options.map((outcome) => ({
          outcome,
          cardToken: tokenFor('card', outcome),
          accountToken: tokenFor('paypal', outcome),
        })),
        comparison: compareChannels(region),
      };
    },

    'recharge/start': async ({ packId, method, instrument, idempotencyKey }) => {
      const { region } = await preferences.region();
      const coins = quoteRecharge({ region, packId }).coins;
      return recharge({ idempotencyKey, region, packId, method, instrument, coins });
    },

    'recharge/resume': async ({ approvalId }) => {
      const attempt = await attempts.find(approvalId);
      const declined = attempt && (await engine.listApprovals('declined')).some((approval) => approval.id === approvalId);
      if (!attempt || declined) throw new ReplyError('unknown-approval', 'There is no approved recharge waiting under this id.');
      const outcome = testOutcomeSchema.parse(attempt.instrument);
      try {
        const view = await recharge({ ...attempt, instrument: outcome });
        await attempts.forget(approvalId);
        return view;
      } catch (error) {
        const code: string | undefined = isWalletError(error) ? error.code : undefined;
        if (code === 'payment-failed') await attempts.forget(approvalId);
        throw error;
      }
    },

    'recharge/dismiss-declined': async ({ approvalId }) => {
      // Only a declined attempt can be dismissed: a pending or approved one stays completable.
      const declined = (await engine.listApprovals('declined')).some((approval) => approval.id === approvalId);
      if (declined) await attempts.forget(approvalId);
      return {};
    },

    'recharge/refresh': async ({ rechargeId }) => {
      await engine.refreshPending();
      const all = await engine.listRecharges();
      const record = all.find((candidate) => candidate.id === rechargeId);
      if (!record) throw new ReplyError('unknown-recharge', `There is no recharge ${rechargeId}.`);
      return toRechargeView(record);
    },

    'history/page': historyPage,

    'history/months': async ({ count }) => {
      const keys = monthsBackFrom(monthKeyOf(clock.now(), engine.timeZone), count);
      const summaries = await Promise.all(keys.map((key) => engine.monthlySummary(key)));
      return { months: summaries.map(toMonthSummaryView) };
    },

    'history/csv': async (filter) => {
      const day = new Date(clock.now()).toISOString().slice(0, 10);
      return { filename: `livegift-history-${day}.csv`, csv: await engine.exportCsv(filter) };
    },

    'receipt/get': async ({ receiptId }) => {
      const receipt = await engine.receipt(receiptId);
      if (!receipt) throw new ReplyError('unknown-receipt', `There is no receipt ${receiptId}.`);
      return toReceiptView(receipt);
    },

    ...createBackupHandlers({ engine, pin, keys: new BackupKeyStore(parts.store), clock }),

    'settings/get': () => preferences.settings(engine),

    'settings/update': async ({ region, monthlyBudgetCoins }) => {
      if (region !== undefined) await preferences.setRegion(region);
      if (monthlyBudgetCoins !== undefined) {
        const policy = await engine.getPolicy();
        await engine.setPolicy({ ...policy, budget: { monthlyGiftCoins: monthlyBudgetCoins } });
      }
      return preferences.settings(engine);
    },

    'parental/status': () => pin.status(),
    'parental/set-pin': ({ pin: newPin }) => pin.setPin(newPin),
    'parental/unlock': ({ pin: entered }) => pin.unlock(entered),
    'parental/lock': async () => {
      await pin.lock();
      return {};
    },
    'parental/change-pin': ({ currentPin, newPin }) => pin.changePin(currentPin, newPin),
    'parental/reset': async ({ currentPin }) => {
      await pin.reset(currentPin);
      const policy = await engine.getPolicy();
      await engine.setPolicy({ ...policy, parental: NO_LIMITS.parental });
      return {};
    },
    'parental/controls': async ({ token }) => {
      await pin.requireSession(token);
      return controls();
    },
    'parental/update-controls': async ({ token, limits, notifyOnLimit }) => {
      await pin.requireSession(token);
      const policy = await engine.getPolicy();
      await engine.setPolicy({ ...policy, parental: limits });
      await preferences.setNotifyOnLimit(notifyOnLimit);
      return controls();
    },
    'parental/answer-approval': async ({ token, approvalId, answer }) => {
      await pin.requireSession(token);
      // A declined recharge stays in the attempts until the viewer has read the answer in the popup.
      if (answer === 'approve') await engine.approve(approvalId);
      else await engine.decline(approvalId);
      return controls();
    },
  };
}
