import { describe, expect, it } from 'vitest';
import { NO_LIMITS } from '@core';
import { bridgeBackground, errorCode, gift, SITE } from './bridge-background';

const connect = { method: 'wallet_connect' };

describe('the wallet bridge in the background', () => {
  it('a site that is not connected gets 4100 for its balance and its gifts, and nothing is spent', async () => {
    const bg = await bridgeBackground();
    expect(errorCode(await bg.call({ method: 'wallet_balance' }))).toBe(4100);
    expect(errorCode(await bg.call(gift()))).toBe(4100);
    expect(await bg.wallet.balance()).toBe(7000);
    expect(bg.asked).toEqual([]);
  });

  it('connecting asks the viewer once; a declined connection answers 4001 and connects nothing', async () => {
    const bg = await bridgeBackground();
    bg.answerWith(() => Promise.resolve(false));
    expect(errorCode(await bg.call(connect))).toBe(4001);
    expect(errorCode(await bg.call({ method: 'wallet_balance' }))).toBe(4100);
    bg.answerWith(() => Promise.resolve(true));
    expect(await bg.call(connect)).toEqual({ ok: true, result: { connected: true, balance: 7000, testMode: true } });
    await bg.call(connect);
    expect(bg.asked.map((question) => question.kind)).toEqual(['connect', 'connect']);
  });

  it('a connection asked without a tap on the page opens no window and answers 4100', async () => {
    const bg = await bridgeBackground();
    expect(errorCode(await bg.call(connect, { gesture: false }))).toBe(4100);
    expect(bg.asked).toEqual([]);
  });

  it('two connects from one site while the viewer decides open one window and share its answer', async () => {
    const bg = await bridgeBackground();
    let approve: (yes: boolean) => void = () => undefined;
    bg.answerWith(() => new Promise((resolve) => (approve = resolve)));
    const first = bg.call(connect);
    const second = bg.call(connect);
    await new Promise((resolve) => setTimeout(resolve, 10));
    approve(true);
    expect((await first).ok && (await second).ok).toBe(true);
    expect(bg.asked).toHaveLength(1);
  });

  it('the first gift from a site is confirmed, later small ones are not, and one at the threshold is again', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    expect(await bg.call(gift())).toMatchObject({ ok: true, result: { coins: 1, balanceAfter: 6999 } });
    expect(await bg.call(gift({ idempotencyKey: 'key-00000002' }))).toMatchObject({ ok: true });
    expect(await bg.call(gift({ giftId: 'galaxy', idempotencyKey: 'key-00000003' }))).toMatchObject({ ok: true, result: { coins: 1000 } });
    expect(bg.asked.map((question) => question.kind)).toEqual(['connect', 'gift', 'gift']);
    expect(bg.asked[2]).toMatchObject({ kind: 'gift', origin: SITE, giftName: 'Galaxy', coins: 1000 });
  });

  it('a second gift to confirm while one waits for the viewer answers 4001; the first still goes through', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    let confirm: (yes: boolean) => void = () => undefined;
    bg.answerWith(() => new Promise((resolve) => (confirm = resolve)));
    const first = bg.call(gift({ giftId: 'galaxy' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errorCode(await bg.call(gift({ giftId: 'galaxy', idempotencyKey: 'key-00000002' })))).toBe(4001);
    confirm(true);
    expect(await first).toMatchObject({ ok: true, result: { balanceAfter: 6000 } });
  });

  it('a gift the viewer cancels answers 4001 and costs nothing', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    bg.answerWith((question) => Promise.resolve(question.kind === 'connect'));
    expect(errorCode(await bg.call(gift()))).toBe(4001);
    expect(await bg.wallet.balance()).toBe(7000);
  });

  it('a gift without a recent tap on the page is refused with 4100', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    expect(errorCode(await bg.call(gift(), { gesture: false }))).toBe(4100);
    expect(await bg.wallet.balance()).toBe(7000);
  });

  it('gifts are priced from the wallet’s own catalog, whatever else the page sends', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    expect(errorCode(await bg.call(gift({ coins: 0 })))).toBe(-32602);
    expect(errorCode(await bg.call(gift({ giftId: 'made-up-gift' })))).toBe(-32602);
    expect(await bg.call(gift({ giftId: 'hat', count: 2 }))).toMatchObject({ ok: true, result: { coins: 198, balanceAfter: 6802 } });
  });

  it('not enough coins answers 4300', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    const reply = await bg.call(gift({ giftId: 'lion' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 4300, data: { reason: 'insufficient-coins' } } });
  });

  it('a parental limit answers 4310 with the approval request it raised', async () => {
    const bg = await bridgeBackground({ policy: { ...NO_LIMITS, parental: { ...NO_LIMITS.parental, largestGiftCoins: 50 } } });
    await bg.call(connect);
    const reply = await bg.call(gift({ giftId: 'hat' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 4310, data: { reason: 'over-parental-limit' } } });
    const approvalId = reply.ok ? undefined : reply.error.data?.approvalId;
    expect((await bg.wallet.listApprovals('pending')).map((approval) => approval.id)).toEqual([approvalId]);
    expect(await bg.wallet.balance()).toBe(7000);
  });

  it('the viewer’s own budget answers 4310 too', async () => {
    const bg = await bridgeBackground({ policy: { ...NO_LIMITS, budget: { monthlyGiftCoins: 10 } } });
    await bg.call(connect);
    expect(await bg.call(gift({ giftId: 'perfume' }))).toMatchObject({ ok: false, error: { code: 4310, data: { reason: 'over-budget' } } });
  });

  it('a gift retried after a worker restart with the same key is applied once', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    await bg.call(gift({ giftId: 'perfume' }));
    bg.restart();
    expect(await bg.call(gift({ giftId: 'perfume' }))).toMatchObject({ ok: true, result: { balanceAfter: 6980 } });
    expect(await bg.wallet.balance()).toBe(6980);
  });

  it('a confirmed gift retried with its key is not asked again, and is applied once', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    await bg.call(gift({ giftId: 'galaxy' }));
    bg.restart();
    expect(await bg.call(gift({ giftId: 'galaxy' }))).toMatchObject({ ok: true, result: { balanceAfter: 6000 } });
    expect(bg.asked.map((question) => question.kind)).toEqual(['connect', 'gift']);
  });

  it('two sites using the same key send two gifts: keys are scoped to the site', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    await bg.call(connect, { origin: 'https://other.example' });
    await bg.call(gift());
    await bg.call(gift(), { origin: 'https://other.example' });
    expect(await bg.wallet.balance()).toBe(6998);
  });

  it('an unknown method answers 4200', async () => {
    const bg = await bridgeBackground();
    expect(errorCode(await bg.call({ method: 'eth_sendTransaction', params: [] }))).toBe(4200);
  });

  it('the recharge opens only for a connected site after a tap, and a refused request opens nothing', async () => {
    const bg = await bridgeBackground();
    const openRecharge = { method: 'wallet_openRecharge' };
    expect(errorCode(await bg.call(openRecharge))).toBe(4100);
    await bg.call(connect);
    expect(errorCode(await bg.call(openRecharge, { gesture: false }))).toBe(4100);
    expect(bg.opened).toBe(0);
    expect(await bg.call(openRecharge)).toEqual({ ok: true, result: { opened: true } });
    expect(await bg.call({ method: 'wallet_openRecharge', params: {} })).toEqual({ ok: true, result: { opened: true } });
    expect(errorCode(await bg.call({ method: 'wallet_openRecharge', params: { packId: 'pack-7000' } }))).toBe(-32602);
    expect(bg.opened).toBe(2);
    expect(await bg.wallet.balance()).toBe(7000);
  });

  it('a site that disconnects is told so and gets 4100 afterwards', async () => {
    const bg = await bridgeBackground();
    await bg.call(connect);
    expect(await bg.call({ method: 'wallet_disconnect' })).toEqual({ ok: true, result: { connected: false } });
    expect(bg.pushes).toContainEqual({ origin: SITE, event: 'disconnect' });
    expect(errorCode(await bg.call(gift()))).toBe(4100);
  });
});
