import { expect, test } from './extension-fixtures';
import { answerWindow, BridgePage, fundExtensionWallet, giftRequest, nextConsentWindow } from './pages/bridge-page';
import { TrayPage } from './pages/tray-page';

// Each test funds the wallet, connects a site and confirms its first gift before the attack: slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Connects the demo page's site and sends its first (confirmed) gift, so later small gifts need no window. */
async function connectedSite(context: Parameters<typeof fundExtensionWallet>[0]) {
  const site = new BridgePage(await context.newPage());
  await TrayPage.open(site.page);
  await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
  await answerWindow(context, () => site.request(giftRequest('first-gift-1'), { tap: true }), 'Send gift');
  return site;
}

test('one held key on the page pays for one gift, not one per auto-repeat', async ({ context, extensionId }) => {
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const site = await connectedSite(context);
  // The page sends a gift on every keydown of its button, as a hostile page would.
  await site.page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Hold me';
    document.body.prepend(button);
    const outcomes: Promise<unknown>[] = [];
    (window as unknown as { held: Promise<unknown>[] }).held = outcomes;
    addEventListener('livegift:announceProvider', (event) => {
      const { provider } = (event as CustomEvent<{ provider: { request(args: unknown): Promise<unknown> } }>).detail;
      button.addEventListener('keydown', () => {
        const gift = { method: 'gift_send', params: { creator: 'mia-cooks', stream: 's1', giftId: 'hat', count: 1, maxCoins: 99, idempotencyKey: `held-key-${outcomes.length}` } };
        outcomes.push(provider.request(gift).then(() => 'sent', (error: { code: number }) => error.code));
      });
    }, { once: true });
    dispatchEvent(new Event('livegift:requestProvider'));
  });
  await site.page.getByRole('button', { name: 'Hold me' }).focus();
  // Playwright sends the second and third keydown of a key that is still down with `repeat: true`.
  for (let i = 0; i < 3; i++) await site.page.keyboard.down('Enter');
  await site.page.keyboard.up('Enter');
  const outcomes = await site.page.evaluate(() => Promise.all((window as unknown as { held: Promise<unknown>[] }).held));
  expect(outcomes).toEqual(['sent', 4100, 4100]);
  await popup.page.reload();
  await popup.expectBalance(700 - 1 - 99);
});

test('a gift priced at 1 coin by the page’s catalog but at 99 by the wallet is refused with 4301', async ({ context, extensionId }) => {
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const site = await connectedSite(context);
  const cheap = giftRequest('cheap-hat-1', 'hat');
  const outcome = await site.request({ ...cheap, params: { ...cheap.params, maxCoins: 1 } }, { tap: true });
  expect(outcome).toMatchObject({ ok: false, code: 4301 });
  await popup.page.reload();
  await popup.expectBalance(699);
});

test('a forged announcement beside the real extension makes the tray ask which wallet, and shows no forged balance', async ({ context, extensionId }) => {
  await fundExtensionWallet(context, extensionId, 700);
  const page = await context.newPage();
  // A page script announcing itself as LiveGift Wallet, with a made-up balance.
  await page.addInitScript(() => {
    const provider = Object.freeze({
      request: ({ method }: { method: string }) =>
        Promise.resolve(method === 'wallet_connect' ? { connected: true, balance: 1_000_000, testMode: true } : { balance: 1_000_000, testMode: true }),
      on: () => undefined,
    });
    const detail = Object.freeze({
      info: Object.freeze({ uuid: '6fa459ea-ee8a-4ca4-894e-db77e160355e', name: 'LiveGift Wallet', icon: 'data:image/svg+xml,%3Csvg%2F%3E', rdns: 'invalid.livegift.wallet' }),
      provider,
    });
    const announce = () => dispatchEvent(new CustomEvent('livegift:announceProvider', { detail }));
    addEventListener('livegift:requestProvider', announce);
    announce();
  });
  const tray = await TrayPage.open(page);
  await expect(tray.tray.getByTestId('wallet-choices')).toContainText('Several wallets announced themselves');
  await expect(tray.tray.getByTestId('wallet-source')).toHaveCount(0);
  await expect(tray.tray).not.toContainText('1,000,000');
  // Both are offered by what they claim, neither is trusted for it: the viewer picks (README, Trust model).
  await expect(tray.tray.getByTestId('wallet-choices').getByRole('button', { name: 'Use LiveGift Wallet (invalid.livegift.wallet)' })).toHaveCount(2);
});

test('the consent window puts Cancel first and its buttons become live only after it is shown', async ({ context, extensionId }) => {
  await fundExtensionWallet(context, extensionId, 700);
  const site = new BridgePage(await context.newPage());
  await TrayPage.open(site.page);
  await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
  const before = new Set(context.pages());
  const gift = site.request(giftRequest('first-gift-1'), { tap: true });
  const window = await nextConsentWindow(context, before);
  const buttons = window.getByRole('button');
  await expect(buttons).toHaveText(['Cancel', 'Send gift']);
  await expect(buttons.last()).toBeEnabled();
  await buttons.first().click().catch(() => undefined);
  expect(await gift).toMatchObject({ ok: false, code: 4001 });
});

test('a page cannot open the extension’s recharge without a tap, nor open a stream of windows with taps', async ({ context, extensionId }) => {
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const site = await connectedSite(context);
  const rechargeWindows = () => context.pages().filter((page) => page.url().includes('/popup.html?recharge'));
  const openRecharge = { method: 'wallet_openRecharge' };

  // From a script, without the viewer's tap: refused, and nothing opens.
  expect(await site.request(openRecharge)).toMatchObject({ ok: false, code: 4100 });
  expect(await site.requestAll([openRecharge, openRecharge, openRecharge])).toEqual([
    expect.objectContaining({ ok: false, code: 4100 }),
    expect.objectContaining({ ok: false, code: 4100 }),
    expect.objectContaining({ ok: false, code: 4100 }),
  ]);
  expect(rechargeWindows()).toHaveLength(0);

  // A tap each time, and every window closed at once: one window opens (one per 10 seconds at most).
  const opened: string[] = [];
  context.on('page', (page) => opened.push(page.url()));
  expect(await site.request(openRecharge, { tap: true })).toEqual({ ok: true, result: { opened: true } });
  await expect.poll(() => rechargeWindows().length).toBe(1);
  for (let i = 0; i < 3; i++) {
    for (const window of rechargeWindows()) await window.close();
    await site.request(openRecharge, { tap: true });
  }
  expect(opened.filter((url) => url.includes('/popup.html?recharge'))).toHaveLength(1);
  await popup.page.reload();
  await popup.expectBalance(699);
});
