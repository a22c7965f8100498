import { expect, test } from '@playwright/test';
import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import { TrayPage } from './pages/tray-page';

test('a viewer tops up test coins and sends a gift from the demo tray', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.recordEvents();
  await expect(tray.tray.getByText('TEST MODE', { exact: true })).toBeVisible();
  await tray.expectBalance(0);

  await tray.addTestCoins();
  await tray.expectBalance(70);

  await tray.gift('Doughnut', '30 coins').click();
  await tray.expectBalance(40);
  await expect(tray.status()).toHaveText('Sent Doughnut ×1 for 30 coins.');
  const [sent] = await tray.events('gift-sent');
  expect(sent).toMatchObject({ giftId: 'doughnut', count: 1, coins: 30, creator: 'mia-cooks', stream: 'sunday-pancakes' });
  expect(String(sent?.receiptId)).toMatch(/^[0-9a-f-]{36}$/);
});

test('a gift the balance cannot pay is refused, says so, and no coins move', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.recordEvents();
  await tray.addTestCoins();
  await tray.gift('Hat and Mustache', '99 coins').click();
  await expect(tray.status()).toHaveText('Not enough coins for this gift. Recharge to send it.');
  await tray.expectBalance(70);
  expect(await tray.events('gift-failed')).toEqual([
    { giftId: 'hat', count: 1, code: 'insufficient-coins', message: 'Hat and Mustache ×1 costs 99 coins; you have 70.' },
  ]);
});

test('every gift is a button named with the gift and its price in coins', async ({ page }) => {
  const tray = await TrayPage.open(page);
  const names = await tray.tray.getByRole('list', { name: 'Gifts' }).getByRole('button').evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label')),
  );
  expect(names).toHaveLength(DEFAULT_GIFT_CATALOG.length);
  DEFAULT_GIFT_CATALOG.forEach((gift, index) => {
    const price = `${gift.coins.toLocaleString('en-US')} ${gift.coins === 1 ? 'coin' : 'coins'}`;
    expect(names[index]).toMatch(new RegExp(`^${gift.name}, ${price}, (Basic|Popular|Premium|Legendary)$`));
  });
  expect(names).toContain('Galaxy, 1,000 coins, Premium');
});

test('an empty wallet shows a low balance and a prominent recharge shortcut, which clears it', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.expectBalance(0);
  await expect(tray.tray.getByTestId('low-balance')).toHaveText('Low balance');
  await tray.addTestCoins();
  await expect(tray.tray.getByTestId('low-balance')).toHaveCount(0);
});

test('the default gifts show their bundled art, loaded beside the widget, on any machine', async ({ page }) => {
  const tray = await TrayPage.open(page);
  const art = tray.tray.locator('img[part="gift-icon"]');
  await expect(art).toHaveCount(7);
  for (const image of await art.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
    expect(await image.getAttribute('src')).toMatch(/\/widget\/art\/[a-z-]+\.svg$/);
  }
});
