import { expect, test } from './extension-fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

test('a viewer buys 700 test coins and gets a receipt and the new balance', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.expectBalance(0);
  await popup.openRecharge();
  await expect(popup.page.getByText('TEST MODE', { exact: true }).first()).toBeVisible();
  await popup.choosePack(700);
  await expect(popup.page.getByTestId('price-total')).toHaveText('$9.99');
  await expect(popup.page.getByTestId('channel-comparison')).toContainText('the store keeps 30 %');

  await popup.recharge(700);
  await expect(popup.receipt()).toContainText('700 coins were added to your balance.');
  await expect(popup.receipt()).toContainText('$9.99');
  await popup.expectBalance(700);
  await expect(popup.recentActivity()).toContainText('+700 coins recharged');
});

test('a declined card adds nothing and says what to do about a decline', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(350, 'Declined');
  await expect(popup.paymentFailed()).toContainText('Your bank declined the payment.');
  await expect(popup.paymentFailed()).toContainText('Check the card number, expiry date and security code.');
  await popup.expectBalance(0);

  await popup.recharge(350, 'Insufficient funds');
  await expect(popup.paymentFailed()).toContainText('There is not enough money on this card or account.');
  await expect(popup.paymentFailed()).toContainText('Choose a smaller pack.');
  await popup.expectBalance(0);
});

test('the balance lives in the background and survives reopening the popup', async ({ context, extensionId }) => {
  const first = await PopupPage.open(await context.newPage(), extensionId);
  await first.recharge(70);
  await first.expectBalance(70);
  await first.page.close();

  const reopened = await PopupPage.open(await context.newPage(), extensionId);
  await reopened.expectBalance(70);
});

test('a viewer in Germany sees euro prices with VAT included, and the app-store comparison in euros', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.page.getByLabel('Region and currency').selectOption('DE');
  await options.page.getByRole('region', { name: 'Wallet' }).getByRole('button', { name: 'Save' }).click();
  await expect(options.page.getByRole('region', { name: 'Wallet' }).getByRole('status')).toHaveText('Saved.');

  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.openRecharge();
  await popup.choosePack(700);
  await expect(popup.page.getByTestId('price-summary')).toContainText('Includes 19% VAT');
  await expect(popup.page.getByTestId('price-total')).toHaveText('€10.99');
  await expect(popup.page.getByTestId('channel-comparison')).toHaveText(
    'On the web, 100 coins cost €1.57; in the app stores €2.24, because the store keeps 30 %.',
  );
  await expect(popup.page.getByLabel('Payment method')).toContainText('PayPal');
  await popup.recharge(700);
  await expect(popup.receipt()).toContainText('€10.99');
});
