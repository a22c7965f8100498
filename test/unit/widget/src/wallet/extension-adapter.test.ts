import { describe, expect, it } from 'vitest';
import { readAnnouncement } from '../../../../../widget/src/wallet/extension-adapter';

const info = { uuid: '0e6c2a2c-7b1f-4a8e-9c1d-3f2b5a6d7e8f', name: 'LiveGift Wallet', icon: 'data:image/png;base64,AAAA', rdns: 'invalid.livegift.wallet' };

/** A provider answering from a script: `answers[method]` returns the result or throws the error. */
function announce(answers: Record<string, (params: unknown) => unknown>) {
  const provider = {
    request: async ({ method, params }: { method: string; params?: unknown }) => answers[method]!(params),
    on: () => undefined,
  };
  return Object.freeze({ info: Object.freeze(info), provider });
}

const rpcError = (code: number, message: string, data?: object) => Object.assign(new Error(message), { code, data });

describe('the tray’s adapter for an announced wallet', () => {
  it('ignores a malformed announcement', () => {
    expect(readAnnouncement(Object.freeze({ info: { ...info, icon: 'https://x.example/i.png' }, provider: {} }), () => undefined)).toBeNull();
  });

  it('is no wallet for a site that is not connected (4100)', async () => {
    const offer = readAnnouncement(announce({ wallet_balance: () => { throw rpcError(4100, 'not connected'); } }), () => undefined);
    expect(await offer!.connected()).toBeNull();
  });

  it('sends gifts and reads refusals as the tray’s codes, with the approval id', async () => {
    const offer = readAnnouncement(
      announce({
        wallet_balance: () => ({ balance: 500, testMode: true }),
        gift_send: (params) => {
          const { giftId, idempotencyKey } = params as { giftId: string; idempotencyKey: string };
          if (giftId === 'hat') throw rpcError(4310, 'A parental limit', { reason: 'over-parental-limit', approvalId: 'ap-1' });
          if (giftId === 'galaxy') throw rpcError(4300, 'Not enough coins', { reason: 'insufficient-coins' });
          return { idempotencyKey, giftId, count: 1, coins: 1, creator: 'mia', stream: 's', balanceAfter: 499, createdAt: 1 };
        },
      }),
      () => undefined,
    );
    const wallet = (await offer!.connected())!;
    expect(wallet.mode).toBe('test');
    expect(await wallet.balance()).toBe(500);
    const request = { creator: 'mia', stream: 's', count: 1, idempotencyKey: 'key-00000001' };
    expect(await wallet.sendGift({ ...request, giftId: 'rose' })).toMatchObject({ kind: 'gift', coins: 1, balanceAfter: 499 });
    await expect(wallet.sendGift({ ...request, giftId: 'hat' })).rejects.toEqual({ code: 'over-parental-limit', message: 'A parental limit', approvalId: 'ap-1' });
    await expect(wallet.sendGift({ ...request, giftId: 'galaxy' })).rejects.toMatchObject({ code: 'insufficient-coins' });
  });
});
