import { expect, test } from '@playwright/test';
import { launchExtensionIn } from './extension-fixtures';

test('in a Spanish browser the popup speaks Spanish and formats money the Spanish way', async () => {
  const { context, extensionId } = await launchExtensionIn('es');
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
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
