import { chromium, expect, test } from '@playwright/test';
import { extensionLaunchOptions } from '../chromium';

test('in a Spanish browser the popup speaks Spanish and formats money the Spanish way', async () => {
  const base = extensionLaunchOptions();
  const context = await chromium.launchPersistentContext('', {
    ...base,
    args: [...base.args, '--lang=es'],
    env: { ...process.env, LANGUAGE: 'es' },
    locale: 'es-ES',
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await expect(page.getByTestId('balance')).toHaveText('0 monedas');
    await expect(page.locator('html')).toHaveAttribute('lang', /^es/);
    await page.getByRole('button', { name: 'Recargar monedas' }).click();
    await page.getByRole('radio', { name: /^700 monedas/ }).check();
    await expect(page.getByTestId('price-total')).toHaveText(/^9,99\s?US\$$/);
    await page.getByRole('button', { name: /^Pagar/ }).click();
    await expect(page.getByTestId('recharge-receipt')).toContainText('Se añadieron 700 monedas a tu saldo.');
  } finally {
    await context.close();
  }
});
