import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_GIFT_CATALOG, MemoryWalletStore, NO_LIMITS, SandboxPaymentProvider, SandboxWallet, WalletService, type WalletPort } from '@core';
import type { ApprovalAnswerPush } from '@core/ports';
import { TrayController, type TrayDependencies } from '../../../../widget/src/tray-controller';

const CONFIG = { creator: 'mia-cooks', stream: 'sunday-pancakes', catalogUrl: null, locale: 'en' as const, currency: null, goal: null, confirmAbove: 1000 };

/** A wallet with a parental cap of 50 coins per gift, whose parent's answers the test pushes. */
async function guardedWallet() {
  const storage = new MemoryWalletStore();
  const inner = new SandboxWallet(storage, { catalog: DEFAULT_GIFT_CATALOG });
  // The parent's side: the same wallet's service, as the extension's options page reaches it.
  const parent = new WalletService({ storage, payments: new SandboxPaymentProvider(), catalog: DEFAULT_GIFT_CATALOG });
  for (let i = 0; i < 10; i++) await inner.recharge({ packId: 'pack-70', idempotencyKey: `seed-key-${i}` });
  await parent.setPolicy({ ...NO_LIMITS, parental: { ...NO_LIMITS.parental, largestGiftCoins: 50 } });
  let tell: (answer: ApprovalAnswerPush) => void = () => undefined;
  const port: WalletPort = {
    balance: () => inner.balance(),
    recharge: (request) => inner.recharge(request),
    sendGift: (request) => inner.sendGift(request),
    recentEntries: (limit) => inner.recentEntries(limit),
    onApprovalAnswer(listener) {
      tell = listener;
      return () => undefined;
    },
  };
  return { inner, parent, port, tell: (answer: ApprovalAnswerPush) => tell(answer) };
}

function tray(wallet: WalletPort) {
  let key = 0;
  const deps: TrayDependencies = {
    emit: () => undefined,
    loadPageWallet: () => Promise.resolve(wallet),
    findExtensionWallet: () => Promise.resolve(null),
    loadSchemas: () => import('../../../../widget/src/catalog/tray-schemas'),
    newKey: () => `tap-key-${++key}`,
    now: () => Date.now(),
    warn: () => undefined,
  };
  return new TrayController(deps, CONFIG);
}

describe('Ask to Buy in the tray', () => {
  it('a blocked gift tapped again asks no second time; once approved the next tap sends it, once', async () => {
    const { inner, parent, port, tell } = await guardedWallet();
    const controller = tray(port);
    await controller.ensureWallet();
    await expect(controller.send('hat')).rejects.toMatchObject({ code: 'over-parental-limit' });
    await expect(controller.send('hat')).rejects.toMatchObject({ code: 'over-parental-limit' });
    const requests = await parent.listApprovals();
    expect(requests.map((request) => request.id)).toEqual(['ap-tap-key-1']);

    await parent.approve('ap-tap-key-1');
    tell({ approvalId: 'ap-tap-key-1', idempotencyKey: 'tap-key-1', state: 'approved' });
    await vi.waitFor(() => expect(controller.state.limit).toMatchObject({ kind: 'parental', answer: 'approved' }));
    expect(await controller.send('hat')).toMatchObject({ coins: 99, idempotencyKey: 'tap-key-1' });
    expect(controller.state.limit).toBeNull();
    expect(await inner.balance()).toBe(700 - 99);
    // The approval paid for that one gift: the next Hat is a new purchase and asks again.
    await expect(controller.send('hat')).rejects.toMatchObject({ code: 'over-parental-limit' });
    expect(await parent.listApprovals('pending')).toHaveLength(1);
    expect(await inner.balance()).toBe(700 - 99);
  });

  it('a decline is shown and forgets the asking key', async () => {
    const { inner, parent, port, tell } = await guardedWallet();
    const controller = tray(port);
    await controller.ensureWallet();
    await expect(controller.send('hat')).rejects.toMatchObject({ code: 'over-parental-limit' });
    await parent.decline('ap-tap-key-1');
    tell({ approvalId: 'ap-tap-key-1', idempotencyKey: 'tap-key-1', state: 'declined' });
    await vi.waitFor(() => expect(controller.state.limit).toMatchObject({ answer: 'declined' }));
    // An answer about another key (another tab's gift) changes nothing here.
    tell({ approvalId: 'ap-other-key', idempotencyKey: 'other-key', state: 'approved' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(controller.state.limit).toMatchObject({ answer: 'declined' });
    await expect(controller.send('hat')).rejects.toMatchObject({ code: 'over-parental-limit' });
    expect(await parent.listApprovals('pending')).toMatchObject([{ id: 'ap-tap-key-2' }]);
    expect(await inner.balance()).toBe(700);
  });
});
