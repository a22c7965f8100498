import { expect, test } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

test('a viewer tops up test coins and sends a gift from the demo tray', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await expect(tray.tray.getByText('TEST MODE', { exact: true })).toBeVisible();
  await tray.expectBalance(0);

  await tray.addTestCoins();
  await tray.expectBalance(70);

  const sent = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('gift-sent', (event) => resolve((event as CustomEvent).detail), { once: true }),
      ),
  );
  await tray.gift('Doughnut', 30).click();
  await tray.expectBalance(40);
  expect(await sent).toMatchObject({ giftId: 'doughnut', count: 1, coins: 30, creator: 'mia-cooks' });
});

test('a gift the balance cannot pay is refused and no coins move', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.addTestCoins();
  await tray.expectBalance(70);
  await tray.gift('Galaxy', 1000).click();
  await expect(tray.tray.getByRole('status')).toContainText('costs 1000 coins; you have 70');
  await tray.expectBalance(70);
});
