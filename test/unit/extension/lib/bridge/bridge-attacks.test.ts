import { describe, expect, it } from 'vitest';
import { NO_LIMITS } from '@core';
import { bridgeBackground, errorCode, gift } from './bridge-background';

const connect = { method: 'wallet_connect' };

describe('what a hostile page tries through the bridge', () => {
  it('a confirmed gift that failed leaves no confirmation a different gift under the same key could use', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    // The viewer says yes to a Galaxy only.
    bg.answerWith((question) => Promise.resolve(question.kind === 'connect' || question.giftName === 'Galaxy'));
    expect(errorCode(await bg.call(gift({ giftId: 'galaxy', count: 8, idempotencyKey: 'reused-key-1' })))).toBe(4300);
    // Same key, another gift the balance can pay, below the threshold: it is asked (not the first gift yet) and refused.
    expect(errorCode(await bg.call(gift({ giftId: 'hat', count: 7, idempotencyKey: 'reused-key-1' })))).toBe(4001);
    // Nor did the failed gift count as the site's first: a small gift under a new key is still confirmed.
    expect(errorCode(await bg.call(gift({ giftId: 'rose', idempotencyKey: 'fresh-key-01' })))).toBe(4001);
    expect(await bg.wallet.balance()).toBe(7000);
    expect(bg.asked.map((question) => question.kind === 'gift' && question.giftName)).toEqual([false, 'Galaxy', 'Hat and Mustache', 'Rose']);
  });

  it('a catalog that shows a 99-coin gift at 1 coin gets 4301 and nothing is charged', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    await bg.call(gift({ idempotencyKey: 'first-gift-1' }));
    for (let tap = 1; tap <= 5; tap++) {
      const reply = await bg.call(gift({ giftId: 'hat', maxCoins: 1, idempotencyKey: `cheap-tap-${tap}` }));
      expect(reply).toMatchObject({ ok: false, error: { code: 4301 } });
    }
    expect(errorCode(await bg.call(gift({ giftId: 'hat', count: 2, maxCoins: 197, idempotencyKey: 'cheap-tap-6' })))).toBe(4301);
    expect(errorCode(await bg.call(gift({ giftId: 'hat', count: 2, idempotencyKey: 'honest-tap' })))).toBeNull();
    expect(await bg.wallet.balance()).toBe(7000 - 1 - 198);
  });

  it('a gift_send without the price the page showed is malformed', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    const { maxCoins: _shown, ...params } = gift().params;
    expect(errorCode(await bg.call({ method: 'gift_send', params }))).toBe(-32602);
    expect(await bg.wallet.balance()).toBe(7000);
  });

  it('a key reused for another gift answers 4409 and the message names no internal key', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    await bg.call(gift({ idempotencyKey: 'reused-key-2' }));
    const reply = await bg.call(gift({ giftId: 'hat', idempotencyKey: 'reused-key-2' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 4409, data: { reason: 'idempotency-conflict' } } });
    expect(reply.ok ? '' : reply.error.message).not.toMatch(/lg-|reused-key-2/);
    expect(await bg.wallet.balance()).toBe(6999);
  });

  it('creator and stream names with bidi overrides or zero-width characters are malformed', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    for (const params of [{ creator: 'mia\u202Ecooks' }, { creator: 'mia\u200Bcooks' }, { stream: 'live\u2066' }, { creator: 'mia\u200Fcooks' }]) {
      expect(errorCode(await bg.call(gift({ ...params, idempotencyKey: 'bidi-key-01' })))).toBe(-32602);
    }
    expect(bg.asked.filter((question) => question.kind === 'gift')).toEqual([]);
    expect(await bg.wallet.balance()).toBe(7000);
  });

  it('a gift a parent must approve is watched, so the tab hears the answer; the page sees its own key only', async () => {
    const bg = await bridgeBackground({ policy: { ...NO_LIMITS, parental: { ...NO_LIMITS.parental, largestGiftCoins: 50 } } });
    await bg.call(connect);
    const reply = await bg.call(gift({ giftId: 'hat', idempotencyKey: 'ask-parent-1' }), { tabId: 7 });
    expect(errorCode(reply)).toBe(4310);
    expect(bg.watched).toEqual([{ origin: 'https://live.example', approvalId: reply.ok ? '' : reply.error.data?.approvalId, idempotencyKey: 'ask-parent-1', tabId: 7 }]);
  });
});
