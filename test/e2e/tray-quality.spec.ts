import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('gift-tray').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('axe finds no serious or critical problem in the tray, at rest, with a message, and asking to confirm', async ({ page }) => {
  test.slow(); // three full axe runs
  const tray = await TrayPage.open(page, 'feed=off&confirm-above=30');
  await tray.expectBalance(0);
  expect(await seriousViolations(page)).toEqual([]);
  await tray.addTestCoins();
  await tray.gift('Rose', '1 coin').click();
  await tray.gift('Rose', '1 coin').click();
  await expect(tray.combo()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await tray.gift('Doughnut', '30 coins').click();
  await expect(tray.confirmDialog()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a keyboard user sends a gift and answers the confirmation without a mouse', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&confirm-above=30');
  await tray.addTestCoins();
  await tray.gift('Rose', '1 coin').focus();
  await page.keyboard.press('Enter');
  await tray.expectBalance(69);
  await tray.gift('Doughnut', '30 coins').focus();
  await page.keyboard.press('Space');
  const dialog = tray.confirmDialog();
  await expect(dialog).toBeVisible();
  // Focus moves into the dialog; Tab reaches Send.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tray.status()).toHaveText('Sent Doughnut ×1 for 30 coins.');
  await tray.expectBalance(39);
});

test('with reduced motion the combo does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const tray = await TrayPage.open(page);
  await tray.addTestCoins();
  await tray.gift('Rose', '1 coin').click();
  await tray.gift('Rose', '1 coin').click();
  await expect(tray.combo()).toHaveCSS('animation-name', 'none');
});

test('the tray loads without shifting the page: it fills exactly the space the host reserved', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const tray = await TrayPage.open(page);
  await tray.expectBalance(0); // the wallet has loaded and the balance is shown
  await page.evaluate(() => document.querySelector('gift-tray')!.addGiftEvent({ from: 'ana.b', coins: 5 }));
  await expect(tray.topGifters().getByRole('listitem')).toHaveCount(1);
  const box = await tray.tray.boundingBox();
  expect(box?.height).toBe(520);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test('a host page themes the tray through custom properties and parts', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await page.addStyleTag({
    content: 'gift-tray { --gift-tray-height: 600px; --gift-tray-accent: rgb(37, 99, 235); } gift-tray::part(gift) { border-radius: 20px; }',
  });
  await expect(tray.tray).toHaveCSS('height', '600px');
  await expect(tray.gift('Rose', '1 coin')).toHaveCSS('border-radius', '20px');
  await expect(tray.tray.getByRole('button', { name: /Add 70 test coins/ })).toHaveCSS('background-color', 'rgb(37, 99, 235)');
});
