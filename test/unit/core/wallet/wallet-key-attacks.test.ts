import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GIFT_ECONOMY,
  giftTransferRequest,
  MemoryWalletStore,
  NO_LIMITS,
  postTransfer,
  SandboxPaymentProvider,
  WalletService,
} from '@core';
import { TestClock } from '../../support/test-clock';

const CARD = { method: 'card', token: '4242 4242 4242 4242' };
const DELAYED_CARD = { method: 'card', token: '4000 0000 0000 0077' };

function setup() {
  const clock = new TestClock();
  const storage = new MemoryWalletStore();
  const payments = new SandboxPaymentProvider({ clock, settlementDelayMs: 30_000 });
  const wallet = new WalletService({ storage, payments, clock, timeZone: 'UTC' });
  return { clock, storage, payments, wallet };
}

const buy = (key: string, packId: string, instrument: { method: string; token: string } = CARD) => ({ idempotencyKey: key, region: 'US', packId, instrument });
const gift = (key: string, giftId = 'rose') => ({ giftId, count: 1, creator: 'mia-cooks', stream: 'sunday-live', idempotencyKey: key });

describe('a caller cannot take the keys the wallet derives', () => {
  it('a gift sent under a recharge’s settlement key is refused, and the recharge still credits its coins', async () => {
    const { wallet, clock } = setup();
    await wallet.recharge(buy('seed-coins-1', 'pack-70'));
    const pending = await wallet.recharge(buy('buy-350-now', 'pack-350', DELAYED_CARD));
    expect(pending.recharge.state).toBe('pending');
    for (const taken of ['settle:rc-buy-350-now', 'settle:rc-seed-coins-1', 'rc-buy-350-now:x', 'ap-key with space']) {
      await expect(wallet.sendGift(gift(taken))).rejects.toMatchObject({ code: 'invalid-request' });
    }
    clock.advance(30_000);
    expect(await wallet.refreshPending()).toMatchObject([{ state: 'settled' }]);
    expect(await wallet.balance()).toBe(420);
    // The pack is no longer held up as pending.
    await wallet.recharge(buy('buy-350-again', 'pack-350'));
    expect(await wallet.balance()).toBe(770);
  });

  it('a recharge whose credit cannot be written does not stop the others from settling in the same refresh', async () => {
    const { wallet, storage, clock } = setup();
    await wallet.recharge(buy('seed-coins-1', 'pack-70'));
    await wallet.recharge(buy('stuck-00001', 'pack-350', DELAYED_CARD));
    await wallet.recharge(buy('fine-00001', 'pack-700', DELAYED_CARD));
    // A transfer already holding the first one's credit key (as a wallet written by an older version could have).
    await storage.write((tx) =>
      postTransfer(
        tx,
        giftTransferRequest(
          { giftId: 'rose', count: 1, creator: 'mia-cooks', stream: 's', idempotencyKey: 'settle:rc-stuck-00001', viewerId: wallet.viewerId, unitCoins: 1 },
          DEFAULT_GIFT_ECONOMY,
        ),
        { now: clock.now(), timeZone: 'UTC' },
      ),
    );
    clock.advance(30_000);
    const changed = await wallet.refreshPending();
    expect(changed.map((record) => record.idempotencyKey)).toEqual(['fine-00001']);
    expect(await wallet.balance()).toBe(70 - 1 + 700);
  });

  it('a recharge retried with the same key and another account of the same method is a conflict, not pending', async () => {
    const { wallet } = setup();
    const first = await wallet.recharge(buy('paypal-try-1', 'pack-700', { method: 'paypal', token: 'delayed@sandbox' }));
    expect(first.recharge.state).toBe('pending');
    await expect(wallet.recharge(buy('paypal-try-1', 'pack-700', { method: 'paypal', token: 'declined@sandbox' }))).rejects.toMatchObject({
      code: 'idempotency-conflict',
    });
    // The honest retry with the same account is still the same recharge.
    expect((await wallet.recharge(buy('paypal-try-1', 'pack-700', { method: 'paypal', token: 'delayed@sandbox' }))).recharge.state).toBe('pending');
    expect(await wallet.balance()).toBe(0);
  });
});

describe('a parent’s approval pays for the request the parent saw, and nothing else', () => {
  async function approvedGalaxy() {
    const context = setup();
    await context.wallet.recharge(buy('seed-coins-1', 'pack-7000'));
    await context.wallet.setPolicy({ ...NO_LIMITS, parental: { ...NO_LIMITS.parental, largestGiftCoins: 100 } });
    await expect(context.wallet.sendGift(gift('ask-galaxy-1', 'galaxy'))).rejects.toMatchObject({ code: 'over-parental-limit' });
    const [approval] = await context.wallet.listApprovals('pending');
    expect(approval!.request).toEqual({ kind: 'gift', giftId: 'galaxy', giftName: 'Galaxy', count: 1, creator: 'mia-cooks', stream: 'sunday-live' });
    await context.wallet.approve(approval!.id);
    return context;
  }

  it('the approved key cannot pay for roses ×1000 to another creator in another stream (same price)', async () => {
    const { wallet } = await approvedGalaxy();
    const roses = { giftId: 'rose', count: 1000, creator: 'someone-else', stream: 'other-live', idempotencyKey: 'ask-galaxy-1' };
    await expect(wallet.sendGift(roses)).rejects.toMatchObject({ code: 'idempotency-conflict' });
    await expect(wallet.sendGift({ ...gift('ask-galaxy-1', 'galaxy'), stream: 'other-live' })).rejects.toMatchObject({ code: 'idempotency-conflict' });
    await expect(wallet.sendGift({ ...gift('ask-galaxy-1', 'galaxy'), creator: 'someone-else' })).rejects.toMatchObject({ code: 'idempotency-conflict' });
    expect(await wallet.balance()).toBe(7000);
    expect(await wallet.sendGift(gift('ask-galaxy-1', 'galaxy'))).toMatchObject({ coins: 1000, creator: 'mia-cooks', stream: 'sunday-live' });
    expect(await wallet.balance()).toBe(6000);
  });

  it('a stored approval with no bound request (written before binding) pays for nothing', async () => {
    const { wallet, storage } = await approvedGalaxy();
    await storage.write(async (tx) => {
      const { request: _bound, ...unbound } = (await tx.getDocument('approvals', 'ap-ask-galaxy-1'))!;
      await tx.putDocument('approvals', unbound);
    });
    await expect(wallet.sendGift(gift('ask-galaxy-1', 'galaxy'))).rejects.toMatchObject({ code: 'idempotency-conflict' });
    expect(await wallet.balance()).toBe(7000);
  });
});
