import { expect, test } from './extension-fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

test('a budget of 0 says it blocks every gift and is saved only once the viewer confirms it', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  const wallet = options.page.getByRole('region', { name: 'Wallet' });
  await options.page.getByLabel('Monthly gifting budget (coins)').fill('0');
  await expect(wallet).toContainText('A limit of 0 coins blocks every gift.');
  await wallet.getByRole('button', { name: 'Save' }).click();
  const confirm = wallet.getByTestId('zero-limit-confirm');
  await expect(confirm).toContainText('A limit of 0 coins blocks every gift.');

  // Changing one's mind saves nothing: the popup still has no budget.
  await confirm.getByRole('button', { name: 'Change it' }).click();
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await expect(popup.page.getByTestId('budget-summary')).toContainText('No monthly budget is set.');

  await wallet.getByRole('button', { name: 'Save' }).click();
  await wallet.getByTestId('zero-limit-confirm').getByRole('button', { name: 'Save with 0' }).click();
  await expect(wallet.getByRole('status')).toHaveText('Saved.');
  await popup.page.reload();
  await expect(popup.page.getByTestId('budget-summary')).toContainText('of your 0-coin budget');
});

test('a parental cap of 0 names what it blocks and waits for the parent to confirm', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('2468');
  await options.setCap('Recharges per month', 0);
  await options.setCap('Gifts per day', 0);
  await options.controls().getByRole('button', { name: 'Save limits' }).click();
  const confirm = options.controls().getByTestId('zero-limit-confirm');
  await expect(confirm).toContainText('A limit of 0 coins blocks every recharge.');
  await expect(confirm).toContainText('A limit of 0 coins blocks every gift.');
  await confirm.getByRole('button', { name: 'Save with 0' }).click();
  await expect(options.controls().getByRole('status')).toHaveText('Saved.');
  await options.lock();

  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(70);
  await expect(popup.refusal()).toContainText('A parent’s limit blocks this.');
  await popup.expectBalance(0);
});
