import { describe, expect, it } from 'vitest';
import { MemoryWalletStore, SandboxPaymentProvider, WalletService } from '@core';
import { TEST_CARD } from '../../../support/wallet-backups';

describe('the wallet service’s commit event', () => {
  it('tells listeners after each committed write, not after a refused one, until they unsubscribe', async () => {
    const wallet = new WalletService({ storage: new MemoryWalletStore(), payments: new SandboxPaymentProvider(), timeZone: 'UTC' });
    let commits = 0;
    const stop = wallet.onCommitted(() => void commits++);
    await wallet.recharge({ idempotencyKey: 'commit-1', region: 'US', packId: 'pack-700', instrument: TEST_CARD });
    const afterRecharge = commits;
    expect(afterRecharge).toBeGreaterThan(0);
    await expect(
      wallet.sendGift({ giftId: 'rose', count: 9999, creator: 'creator-1', stream: 'stream-1', idempotencyKey: 'commit-2' }),
    ).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(commits).toBe(afterRecharge);
    await wallet.sendGift({ giftId: 'rose', count: 1, creator: 'creator-1', stream: 'stream-1', idempotencyKey: 'commit-3' });
    expect(commits).toBe(afterRecharge + 1);
    stop();
    await wallet.sendGift({ giftId: 'rose', count: 1, creator: 'creator-1', stream: 'stream-1', idempotencyKey: 'commit-4' });
    expect(commits).toBe(afterRecharge + 1);
  });
});
