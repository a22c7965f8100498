import { describe, expect, it } from 'vitest';
import { historyToCsv, MemoryWalletStore, WalletService } from '../../core';
import type { OperationName, RequestOf, ResultOf } from '../../core/messages/extension-protocol';
import { DurableSandboxProvider } from '../../extension/lib/background/durable-sandbox-provider';
import { MemoryKeyValueStore } from '../../extension/lib/background/key-value-store';
import { ParentalPinService } from '../../extension/lib/background/parental-pin-service';
import { createHandlers } from '../../extension/lib/background/wallet-handlers';
import { WalletPreferences } from '../../extension/lib/background/wallet-preferences';
import { buildBackup, rechargeAndGift } from '../support/wallet-backups';

const DELAY = 10_000;

function background() {
  const clock = { time: Date.UTC(2026, 10, 23, 12), now() { return this.time; } };
  const local = new MemoryKeyValueStore();
  const session = new MemoryKeyValueStore();
  const storage = new MemoryWalletStore();
  const notifications: { coins: number; locked: boolean }[] = [];
  // What a restarted service worker builds: new objects over the same storage.
  const start = () => {
    const service = new WalletService({ storage, payments: new DurableSandboxProvider(local, clock, DELAY), clock, timeZone: 'UTC' });
    return createHandlers({
      engine: service,
      pin: new ParentalPinService(local, session, clock, 1_000),
      preferences: new WalletPreferences(local, 'US'),
      store: local,
      clock,
      notifyLimit: (blocked) => Promise.resolve(void notifications.push(blocked)),
      toCsv: async (filter) => historyToCsv((await service.history({ kind: filter.kind, limit: 500 })).entries),
    });
  };
  let handlers = start();
  return {
    clock,
    notifications,
    restart: () => (handlers = start()),
    ask: <Name extends OperationName>(type: Name, payload: RequestOf<Name>) =>
      (handlers[type] as (payload: RequestOf<Name>) => Promise<ResultOf<Name>>)(payload),
  };
}

function importWhole(bg: ReturnType<typeof background>, json: string) {
  return bg.ask('backup/import', { importId: 'import-whole-1', part: 0, parts: 1, text: json });
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as { code: string; approvalId?: string; paymentFailure?: string },
  );
}

describe('the background, wired to the wallet engine', () => {
  it('prices packs for the viewer’s region and credits a successful recharge once', async () => {
    const bg = background();
    const options = await bg.ask('recharge/options', {});
    expect(options).toMatchObject({ region: 'US', currency: 'USD', testMode: true });
    expect(options.packs.find((pack) => pack.packId === 'pack-700')).toMatchObject({ coins: 700, totalMinor: 999 });
    const request = { packId: 'pack-700', method: 'card', instrument: 'succeeds' as const, idempotencyKey: 'popup-attempt-1' };
    expect(await bg.ask('recharge/start', request)).toMatchObject({ state: 'settled', coins: 700, instrumentLabel: '•••• 4242' });
    expect(await bg.ask('recharge/start', request)).toMatchObject({ state: 'settled' });
    expect(await bg.ask('wallet/overview', { recentLimit: 5 })).toMatchObject({ balance: 700, recent: [{ kind: 'recharge', coins: 700 }] });
  });

  it('settles a delayed payment after a service worker restart, exactly once', async () => {
    const bg = background();
    const pending = await bg.ask('recharge/start', {
      packId: 'pack-350',
      method: 'paypal',
      instrument: 'settles-after-delay',
      idempotencyKey: 'popup-attempt-2',
    });
    expect(pending.state).toBe('pending');
    bg.restart();
    expect((await bg.ask('recharge/refresh', { rechargeId: pending.id })).state).toBe('pending');
    bg.clock.time += DELAY;
    bg.restart();
    expect((await bg.ask('recharge/refresh', { rechargeId: pending.id })).state).toBe('settled');
    expect((await bg.ask('recharge/refresh', { rechargeId: pending.id })).state).toBe('settled');
    expect((await bg.ask('wallet/overview', { recentLimit: 5 })).balance).toBe(350);
  });

  it('reports a failed payment with its reason and credits nothing', async () => {
    const bg = background();
    const failure = await refusal(
      bg.ask('recharge/start', { packId: 'pack-70', method: 'card', instrument: 'blocked-by-bank', idempotencyKey: 'popup-attempt-3' }),
    );
    expect(failure).toMatchObject({ code: 'payment-failed', paymentFailure: 'blocked-by-bank' });
    expect((await bg.ask('wallet/overview', { recentLimit: 5 })).balance).toBe(0);
  });

  it('keeps a recharge a parental cap stopped, notifies, and completes it once a parent approves', async () => {
    const bg = background();
    const { token } = await bg.ask('parental/set-pin', { pin: '2468' });
    const controls = await bg.ask('parental/controls', { token });
    await bg.ask('parental/update-controls', { token, limits: { ...controls.limits, monthlyRechargeCoins: 500 }, notifyOnLimit: true });

    const blocked = await refusal(
      bg.ask('recharge/start', { packId: 'pack-700', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-attempt-4' }),
    );
    expect(blocked).toMatchObject({ code: 'over-parental-limit', approvalId: expect.any(String) });
    expect(bg.notifications).toEqual([{ coins: 700, locked: false }]);
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).pendingApprovals).toBe(1);

    bg.restart();
    await bg.ask('parental/answer-approval', { token, approvalId: blocked.approvalId!, answer: 'approve' });
    const overview = await bg.ask('wallet/overview', { recentLimit: 0 });
    expect(overview.approvedRecharges).toEqual([{ approvalId: blocked.approvalId, coins: 700 }]);
    expect(await bg.ask('recharge/resume', { approvalId: blocked.approvalId! })).toMatchObject({ state: 'settled' });
    expect((await refusal(bg.ask('recharge/resume', { approvalId: blocked.approvalId! }))).code).toBe('unknown-approval');
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).balance).toBe(700);
  });

  it('refuses parental changes without a live unlock session', async () => {
    const bg = background();
    await bg.ask('parental/set-pin', { pin: '2468' });
    const forged = 'a'.repeat(48);
    expect((await refusal(bg.ask('parental/controls', { token: forged }))).code).toBe('parental-session-expired');
  });

  it('warns from 80 % of the monthly budget on, and lists the creators supported', async () => {
    const bg = background();
    const json = await buildBackup((service) => rechargeAndGift(service, { packs: 1, giftId: 'doughnut', count: 27, creator: 'mia-cooks' }));
    await importWhole(bg, json);
    bg.clock.time = Date.now();
    await bg.ask('settings/update', { monthlyBudgetCoins: 1000 });
    const overview = await bg.ask('wallet/overview', { recentLimit: 0 });
    expect(overview.budget).toEqual({ monthlyBudgetCoins: 1000, spentThisMonthCoins: 810, usedPercent: 81, warning: true });
    expect(overview.month.byCreator).toEqual([{ creator: 'mia-cooks', coins: 810 }]);
    await bg.ask('settings/update', { monthlyBudgetCoins: 1013 });
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).budget).toMatchObject({ usedPercent: 79, warning: false });
  });

  it('changes nothing when a backup does not check out', async () => {
    const bg = background();
    await bg.ask('recharge/start', { packId: 'pack-70', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-attempt-6' });
    const { json } = await bg.ask('backup/export', {});
    const broken = JSON.parse(json) as { entries: unknown[] };
    broken.entries = [];
    expect((await refusal(importWhole(bg, JSON.stringify(broken)))).code).toBe('invalid-backup');
    expect((await refusal(importWhole(bg, 'not json'))).code).toBe('invalid-backup');
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).balance).toBe(70);
    // In three parts: nothing happens until the last one.
    const third = Math.ceil(json.length / 3);
    const part = (index: number) => ({ importId: 'import-abc-1', part: index, parts: 3, text: json.slice(index * third, (index + 1) * third) });
    expect(await bg.ask('backup/import', part(0))).toEqual({ complete: false, balance: null });
    expect(await bg.ask('backup/import', part(1))).toEqual({ complete: false, balance: null });
    expect(await bg.ask('backup/import', part(2))).toEqual({ complete: true, balance: 70 });
  });

  it('refuses the end of an upload whose beginning was lost with a restarted worker', async () => {
    const bg = background();
    await bg.ask('backup/import', { importId: 'import-abc-2', part: 0, parts: 2, text: '{' });
    bg.restart();
    const lost = await refusal(bg.ask('backup/import', { importId: 'import-abc-2', part: 1, parts: 2, text: '}' }));
    expect(lost.code).toBe('invalid-backup');
  });

  it('refuses a region where coins are not sold', async () => {
    const bg = background();
    expect((await refusal(bg.ask('settings/update', { region: 'FR' }))).code).toBe('invalid-request');
    expect((await bg.ask('settings/update', { region: 'IN' })).currency).toBe('INR');
    expect((await bg.ask('recharge/options', {})).paymentMethods[0]).toEqual({ id: 'upi', label: 'UPI' });
  });
});
