import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension-fixtures';
import { HistoryPage } from './pages/history-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the popup, with the recharge form and a receipt open, has no serious accessibility violation', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(70);
  await expect(popup.receipt()).toBeVisible();
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('the history page has no serious accessibility violation', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(70);
  await popup.expectBalance(70);
  const history = await HistoryPage.open(popup.page, extensionId);
  await history.rows().first().getByRole('button', { name: 'Details' }).click();
  await expect(history.page.getByTestId('receipt-details')).toBeVisible();
  expect(await seriousViolations(history.page)).toEqual([]);
});

test('the options page, locked and unlocked, has no serious accessibility violation', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  expect(await seriousViolations(options.page)).toEqual([]);
  await options.setPin('2468');
  expect(await seriousViolations(options.page)).toEqual([]);
});

test('the recharge flow works from the keyboard alone', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  const recharge = popup.page.getByRole('button', { name: 'Recharge coins' });
  await recharge.focus();
  await popup.page.keyboard.press('Enter');
  const firstPack = popup.page.getByRole('radio').first();
  await expect(firstPack).toBeVisible();
  await firstPack.focus();
  await popup.page.keyboard.press('ArrowDown');
  await expect(popup.page.getByRole('radio', { name: /^350 coins/ })).toBeChecked();
  await popup.payButton().focus();
  await popup.page.keyboard.press('Enter');
  await popup.expectBalance(350);
});
