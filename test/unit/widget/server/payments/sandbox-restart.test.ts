// Delayed sandbox payments across a server restart: persisted before the charge, settled once when due.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_SETTLEMENT_DELAY_MS } from '@core/payments';
import { migrate } from '../../../../../widget/server/db/migrate';
import { settlePendingRecharges } from '../../../../../widget/server/payments/pending-recharges';
import { PersistedSandboxProvider } from '../../../../../widget/server/payments/persisted-sandbox-provider';
import { viewerWallet } from '../../../../../widget/server/viewer-wallet';
import { openMemoryDatabase } from '../support/test-app';

let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
beforeAll(async () => {
  database = await openMemoryDatabase();
  await migrate(database.driver);
}, 180_000);
afterAll(() => database?.close());

const DELAYED_CARD = { method: 'card', token: '4000 0000 0000 0077' };
const clock = { time: Date.UTC(2026, 11, 1, 12), now() { return this.time; } };

describe('the sandbox provider of the gift server', () => {
  it('settles a delayed payment after a restart when it was due, crediting the coins once', { timeout: 60_000 }, async () => {
    const viewer = { id: 'restart-viewer', name: 'Rhea' };
    const before = new PersistedSandboxProvider(database.driver, { clock });
    const first = await viewerWallet(database.driver, before, viewer).service.recharge({ idempotencyKey: 'restart-recharge-1', region: 'US', packId: 'pack-70', instrument: DELAYED_CARD });
    expect(first.recharge.state).toBe('pending');

    // A restart: a new provider with nothing in memory, on the same database.
    const after = new PersistedSandboxProvider(database.driver, { clock });
    const wallet = viewerWallet(database.driver, after, viewer).service;
    clock.time += SANDBOX_SETTLEMENT_DELAY_MS - 1;
    expect(await settlePendingRecharges(database.driver, after)).toBe(0);
    expect(await wallet.balance()).toBe(0);
    clock.time += 1;
    expect(await settlePendingRecharges(database.driver, after)).toBe(1);
    expect(await wallet.balance()).toBe(70);
    expect(await settlePendingRecharges(database.driver, after)).toBe(0);
    // A retry of the same recharge after the restart answers the settled one and charges nothing more.
    const retried = await wallet.recharge({ idempotencyKey: 'restart-recharge-1', region: 'US', packId: 'pack-70', instrument: DELAYED_CARD });
    expect([retried.recharge.state, retried.balance]).toEqual(['settled', 70]);
    expect((await wallet.verify()).ok).toBe(true);
  });

  it('refuses a reused payment id with another amount after a restart, and knows no payment it never received', { timeout: 60_000 }, async () => {
    const before = new PersistedSandboxProvider(database.driver, { clock });
    const charge = { paymentId: 'direct-pay-1', amountMinor: 99, currency: 'USD', region: 'US', instrument: DELAYED_CARD };
    expect(await before.charge(charge)).toMatchObject({ status: 'pending' });
    const after = new PersistedSandboxProvider(database.driver, { clock });
    await expect(after.charge({ ...charge, amountMinor: 9900 })).rejects.toThrow(/different amount/);
    expect(await after.lookup('direct-pay-1')).toMatchObject({ status: 'pending' });
    expect(await after.lookup('never-charged')).toMatchObject({ status: 'failed', reason: 'network' });
    clock.time += SANDBOX_SETTLEMENT_DELAY_MS;
    expect(await after.lookup('direct-pay-1')).toMatchObject({ status: 'succeeded' });
  });
});
