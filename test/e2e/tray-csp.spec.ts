import { expect, test } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

test('two trays work under a strict CSP with no violation, error, or double registration', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { violations?: string[] }).violations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('/demo/csp.html');
  const english = new TrayPage(page, page.locator('gift-tray').first());
  const spanish = new TrayPage(page, page.locator('gift-tray').nth(1));
  await expect(spanish.tray.getByText('MODO DE PRUEBA', { exact: true })).toBeVisible();

  await english.addTestCoins();
  await english.expectBalance(70);
  // Both trays share the page's test wallet, so the other one follows.
  await expect(spanish.balance()).toHaveText('70 monedas');
  await spanish.gift('Doughnut', '30 monedas').click();
  await expect(spanish.balance()).toHaveText('40 monedas');
  await english.expectBalance(40);
  // The confirmation dialog opens under the CSP too (a gift the balance can pay, at the site's threshold).
  await english.tray.evaluate((tray) => tray.setAttribute('confirm-above', '30'));
  await english.gift('Doughnut', '30 coins').click();
  await expect(english.confirmDialog()).toBeVisible();
  await english.confirmDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(spanish.tray.getByRole('button', { name: /Añadir 70 monedas de prueba \(0,99/ })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
  expect(problems).toEqual([]);
});
