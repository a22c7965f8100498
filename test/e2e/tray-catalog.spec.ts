import { expect, test } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

test('a catalog from a URL replaces the default gifts', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&catalog=./catalogs/festival.json');
  await expect(tray.gift('Fireworks', '1,088 coins')).toBeVisible();
  await expect(tray.tray.getByRole('list', { name: 'Gifts' }).getByRole('button')).toHaveCount(5);
  // An image icon is decorative: the button's name stays the gift's name and price.
  await expect(tray.gift('Lantern', '50 coins').locator('img')).toHaveAttribute('alt', '');
  await tray.addTestCoins();
  await tray.gift('Guitar', '120 coins').click();
  await expect(tray.status()).toHaveText('Not enough coins for this gift. Recharge to send it.');
  await tray.gift('Balloon', '10 coins').click();
  await tray.expectBalance(60);
});

test('a bad catalog falls back to the default gifts with a notice', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&catalog=./catalogs/broken.json');
  await expect(tray.tray.getByRole('alert')).toHaveText('The gift catalog could not be loaded, so the default gifts are shown.');
  await expect(tray.gift('Rose', '1 coin')).toBeVisible();
});

test('a missing catalog falls back the same way', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&catalog=./catalogs/nowhere.json');
  await expect(tray.tray.getByRole('alert')).toContainText('default gifts');
});

test('a catalog full of HTML and script payloads renders as inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const tray = await TrayPage.open(page, 'feed=off&catalog=./catalogs/hostile.json');
  await expect(tray.gift('<img src=x onerror="window.__pwned=1">', '3 coins')).toBeVisible();
  await expect(tray.tray.getByText('<script>window.__pwned=2</script>', { exact: true })).toBeVisible();
  await expect(tray.tray.getByText('<svg onload=window.__pwned=3>', { exact: true })).toBeVisible();
  await expect(tray.tray.getByText('</style><h1>HACKED</h1>', { exact: true })).toBeVisible();
  const injected = await page.evaluate(() => {
    const root = document.querySelector('gift-tray')!.shadowRoot!;
    return {
      elements: root.querySelectorAll('script, svg, h1, img, style, [onerror], [onload]').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    };
  });
  expect(injected).toEqual({ elements: 0, pwned: null });
  expect(dialogs).toEqual([]);
});
