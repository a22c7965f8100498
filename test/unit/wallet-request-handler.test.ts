import { describe, expect, it } from 'vitest';
import { MemoryWalletStore, Wallet } from '../../core';
import { handleWalletRequest } from '../../extension/lib/wallet-request-handler';

describe('background wallet requests', () => {
  it('recharges and answers with the new balance and the receipt on top', async () => {
    const wallet = new Wallet(new MemoryWalletStore());
    const response = await handleWalletRequest(wallet, {
      type: 'wallet/recharge',
      packId: 'pack-70',
      idempotencyKey: 'popup-click-1',
    });
    expect(response).toMatchObject({ ok: true, balance: 70, recent: [{ kind: 'recharge', coins: 70 }] });
  });

  it.each([null, 'recharge', { type: 'wallet/recharge', packId: 'pack-70' }, { type: 'wallet/steal' }])(
    'answers a malformed message %j with invalid-request and changes nothing',
    async (message) => {
      const wallet = new Wallet(new MemoryWalletStore());
      const response = await handleWalletRequest(wallet, message);
      expect(response).toMatchObject({ ok: false, code: 'invalid-request' });
      expect(await wallet.balance()).toBe(0);
    },
  );

  it('passes a wallet refusal through with its code', async () => {
    const wallet = new Wallet(new MemoryWalletStore());
    const response = await handleWalletRequest(wallet, {
      type: 'wallet/recharge',
      packId: 'pack-5',
      idempotencyKey: 'popup-click-1',
    });
    expect(response).toMatchObject({ ok: false, code: 'unknown-pack' });
  });
});
