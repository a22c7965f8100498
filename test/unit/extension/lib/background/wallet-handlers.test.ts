import { describe, expect, it } from 'vitest';
import { MemoryWalletStore, NO_LIMITS, WalletService } from '@core';
import type { RequestOf, ResultOf } from '@core/messages';
import { DurableSandboxProvider } from '../../../../../extension/lib/background/durable-sandbox-provider';
import { MemoryKeyValueStore } from '../../../../../extension/lib/platform/key-value-store';
import { ParentalPinService } from '../../../../../extension/lib/background/parental-pin-service';
import { createHandlers, type WalletOperationName } from '../../../../../extension/lib/background/wallet-handlers';
import { WalletPreferences } from '../../../../../extension/lib/background/wallet-preferences';
import { BackupKeyStore } from '../../../../../extension/lib/background/backup-key-store';
import { signBackupJson } from '@core/storage';
import { buildBackup, rechargeAndGift } from '../../../../support/wallet-backups';

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
    });
  };
  let handlers = start();
  return {
    clock,
    notifications,
    /** Signs a file with this installation's key, as its own export would (a test's privilege, not a page's). */
    sign: async (json: string) => signBackupJson(json, await new BackupKeyStore(local).key()),
    restart: () => (handlers = start()),
    ask: <Name extends WalletOperationName>(type: Name, payload: RequestOf<Name>) =>
      (handlers[type] as (payload: RequestOf<Name>) => Promise<ResultOf<Name>>)(payload),
  };
}

function importWhole(bg: ReturnType<typeof background>, json: string) {
  return bg.ask('backup/import', { importId: 'import-whole-1', part: 0, parts: 1, text: json });
}

/** Uploads a file whole, then confirms the restore. */
async function restoreWhole(bg: ReturnType<typeof background>, json: string, token?: string) {
  await importWhole(bg, json);
  return bg.ask('backup/restore', { importId: 'import-whole-1', token });
}

/** Exports the way the options page does: the file, fetched part by part. */
async function exportFile(bg: ReturnType<typeof background>): Promise<string> {
  const started = await bg.ask('backup/export', {});
  let text = '';
  for (let part = 0; part < started.parts; part += 1) text += (await bg.ask('backup/export-part', { exportId: started.exportId, part })).text;
  return text;
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as { code: string; approvalId?: string; paymentFailure?: string; extra?: { backupProblem?: string } },
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

  it('shows a recharge a parent declined until the viewer dismisses it; it can never be completed', async () => {
    const bg = background();
    const { token } = await bg.ask('parental/set-pin', { pin: '2468' });
    const controls = await bg.ask('parental/controls', { token });
    await bg.ask('parental/update-controls', { token, limits: { ...controls.limits, monthlyRechargeCoins: 500 }, notifyOnLimit: false });
    const blocked = await refusal(
      bg.ask('recharge/start', { packId: 'pack-700', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-attempt-9' }),
    );
    const approvalId = blocked.approvalId!;
    // Dismissing a request that still waits for a parent changes nothing.
    await bg.ask('recharge/dismiss-declined', { approvalId });
    await bg.ask('parental/answer-approval', { token, approvalId, answer: 'decline' });
    const overview = await bg.ask('wallet/overview', { recentLimit: 0 });
    expect(overview).toMatchObject({ pendingApprovals: 0, approvedRecharges: [], declinedRecharges: [{ approvalId, coins: 700 }] });
    expect((await refusal(bg.ask('recharge/resume', { approvalId }))).code).toBe('unknown-approval');
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).pendingApprovals).toBe(0);
    await bg.ask('recharge/dismiss-declined', { approvalId });
    expect(await bg.ask('wallet/overview', { recentLimit: 0 })).toMatchObject({ balance: 0, declinedRecharges: [] });
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
    await restoreWhole(bg, await bg.sign(json));
    bg.clock.time = Date.now();
    await bg.ask('settings/update', { monthlyBudgetCoins: 1000 });
    const overview = await bg.ask('wallet/overview', { recentLimit: 0 });
    expect(overview.budget).toEqual({ monthlyBudgetCoins: 1000, spentThisMonthCoins: 810, usedPercent: 81, warning: true });
    expect(overview.month.byCreator).toEqual([{ creator: 'mia-cooks', coins: 810 }]);
    await bg.ask('settings/update', { monthlyBudgetCoins: 1013 });
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).budget).toMatchObject({ usedPercent: 79, warning: false });
  });

  it('restores only a file this installation signed, unchanged; anything else changes nothing', async () => {
    const bg = background();
    await bg.ask('recharge/start', { packId: 'pack-70', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-attempt-6' });
    const file = await exportFile(bg);
    expect(JSON.parse(file)).toMatchObject({ version: 2, signature: { algorithm: 'HMAC-SHA256' } });
    await bg.ask('recharge/start', { packId: 'pack-350', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-attempt-7' });

    const problem = async (text: string) => (await refusal(importWhole(bg, text))).extra?.backupProblem;
    // A child edits the file: more coins, with the ledger's sums fixed up so that it still adds up.
    const edited = JSON.parse(file) as { transfers: { legs: { amount: number }[] }[]; entries: { amount: number; balanceAfter: number }[]; balances: { balance: number }[] };
    for (const leg of edited.transfers[0]!.legs) leg.amount *= 1_000_000;
    for (const entry of edited.entries) {
      entry.amount *= 1_000_000;
      entry.balanceAfter *= 1_000_000;
    }
    for (const balance of edited.balances) balance.balance *= 1_000_000;
    expect(await problem(JSON.stringify(edited))).toBe('altered');
    const { signature: _dropped, ...unsigned } = edited as typeof edited & { signature: unknown };
    expect(await problem(JSON.stringify(unsigned))).toBe('unsigned');
    expect(await problem(file.replace('"balance":70', '"balance":71'))).toBe('altered');
    expect(await problem('not json')).toBe('not-json');
    expect(await problem('{"hello":"world"}')).toBe('not-a-backup');
    // A file another installation signed (a fresh install has its own, new key).
    const other = background();
    await other.ask('recharge/start', { packId: 'pack-70', method: 'card', instrument: 'succeeds', idempotencyKey: 'other-attempt-1' });
    expect(await problem(await exportFile(other))).toBe('other-install');
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).balance).toBe(420);

    // The genuine file, in three parts: nothing happens until it is confirmed.
    const third = Math.ceil(file.length / 3);
    const part = (index: number) => ({ importId: 'import-abc-1', part: index, parts: 3, text: file.slice(index * third, (index + 1) * third) });
    expect(await bg.ask('backup/import', part(0))).toEqual({ complete: false, preview: null });
    expect(await bg.ask('backup/import', part(1))).toEqual({ complete: false, preview: null });
    expect(await bg.ask('backup/import', part(2))).toMatchObject({
      complete: true,
      preview: { current: { balance: 420 }, file: { balance: 70, entries: 1 }, needsParents: false },
    });
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).balance).toBe(420);
    expect(await bg.ask('backup/restore', { importId: 'import-abc-1' })).toEqual({ balance: 70 });
    // One confirmation restores once.
    expect((await refusal(bg.ask('backup/restore', { importId: 'import-abc-1' }))).extra?.backupProblem).toBe('interrupted');
  });

  it('a restore takes the parents when a PIN is set, and never lifts a limit or brings an approval', async () => {
    const bg = background();
    await bg.ask('recharge/start', { packId: 'pack-700', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-attempt-8' });
    const file = await exportFile(bg);
    const { token } = await bg.ask('parental/set-pin', { pin: '2468' });
    const limits = { ...NO_LIMITS.parental, monthlyRechargeCoins: 1000 };
    await bg.ask('parental/update-controls', { token, limits, notifyOnLimit: false });
    const blocked = await refusal(bg.ask('recharge/start', { packId: 'pack-7000', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-big-0001' }));
    expect(blocked.code).toBe('over-parental-limit');
    await bg.ask('parental/lock', { token });

    // Without the parents' session: refused, nothing changes.
    expect((await importWhole(bg, file)).preview).toMatchObject({ needsParents: true });
    const locked = await refusal(bg.ask('backup/restore', { importId: 'import-whole-1' }));
    expect(locked.code).toBe('parental-session-expired');
    expect((await refusal(bg.ask('backup/restore', { importId: 'import-whole-1', token: 'f'.repeat(48) }))).code).toBe('parental-session-expired');

    // Even a file that carries limits and approvals of its own, correctly signed, brings none of them.
    const smuggled = JSON.parse(file) as Record<string, unknown> & { documents: Record<string, unknown> };
    delete smuggled.signature;
    smuggled.documents.settings = [{ id: 'limit-policy', value: { budget: { monthlyGiftCoins: null }, parental: NO_LIMITS.parental } }];
    smuggled.documents.approvals = [{ ...(await bg.ask('parental/controls', { token: (await bg.ask('parental/unlock', { pin: '2468' })).token })).approvals[0]!, id: 'ap-popup-big-0002', state: 'approved' }];
    const parents = await bg.ask('parental/unlock', { pin: '2468' });
    expect(await restoreWhole(bg, await bg.sign(JSON.stringify(smuggled)), parents.token)).toEqual({ balance: 700 });
    const controls = await bg.ask('parental/controls', { token: parents.token });
    expect(controls.limits).toEqual(limits);
    expect(controls.approvals.map((approval) => [approval.id, approval.state])).toEqual([['ap-popup-big-0001', 'pending']]);
    const again = await refusal(bg.ask('recharge/start', { packId: 'pack-7000', method: 'card', instrument: 'succeeds', idempotencyKey: 'popup-big-0002' }));
    expect(again.code).toBe('over-parental-limit');
    expect((await bg.ask('wallet/overview', { recentLimit: 0 })).balance).toBe(700);
  });

  it('refuses the end of an upload whose beginning was lost with a restarted worker', async () => {
    const bg = background();
    await bg.ask('backup/import', { importId: 'import-abc-2', part: 0, parts: 2, text: '{' });
    bg.restart();
    const lost = await refusal(bg.ask('backup/import', { importId: 'import-abc-2', part: 1, parts: 2, text: '}' }));
    expect(lost).toMatchObject({ code: 'invalid-backup', extra: { backupProblem: 'interrupted' } });
  });

  it('refuses a region where coins are not sold', async () => {
    const bg = background();
    expect((await refusal(bg.ask('settings/update', { region: 'FR' }))).code).toBe('invalid-request');
    expect((await bg.ask('settings/update', { region: 'IN' })).currency).toBe('INR');
    expect((await bg.ask('recharge/options', {})).paymentMethods[0]).toEqual({ id: 'upi', label: 'UPI' });
  });
});
