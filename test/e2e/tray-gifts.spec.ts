import { expect, test } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

test('quick taps on one gift make a combo, and every tap is paid once with its own key', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.recordEvents();
  await tray.addTestCoins();
  const rose = tray.gift('Rose', '1 coin');
  for (let i = 0; i < 5; i++) await rose.click();
  await expect(tray.combo()).toHaveText('Combo ×5');
  await tray.expectBalance(65);
  const receipts = (await tray.events('gift-sent')).map((detail) => detail.receiptId);
  expect(receipts).toHaveLength(5);
  expect(new Set(receipts).size).toBe(5);
});

test('the quantity picker sends several of a gift in one tap', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.recordEvents();
  await tray.addTestCoins();
  await tray.pickQuantity(10);
  await tray.gift('Finger Heart', '5 coins').click();
  await tray.expectBalance(20);
  await expect(tray.status()).toHaveText('Sent Finger Heart ×10 for 50 coins.');
  expect(await tray.events('gift-sent')).toEqual([expect.objectContaining({ giftId: 'finger-heart', giftName: 'Finger Heart', count: 10, coins: 50 })]);
  // The host page's chat names the gift, not its id.
  await expect(page.locator('[data-demo="chat"]')).toContainText('sent Finger Heart ×10');
});

test('a gift at the confirmation threshold asks first; Escape cancels and Send pays', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.addTestCoins(15); // 1,050 coins
  await tray.gift('Galaxy', '1,000 coins').click();
  const dialog = tray.confirmDialog();
  await expect(dialog).toContainText('Send Galaxy ×1 for 1,000 coins?');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await tray.expectBalance(1050);

  await tray.gift('Galaxy', '1,000 coins').click();
  await dialog.getByRole('button', { name: 'Send' }).click();
  await tray.expectBalance(50);
});

test('confirm-above lowers the threshold for the whole tap, quantity included', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&confirm-above=50');
  await tray.addTestCoins();
  await tray.pickQuantity(10);
  await tray.gift('Finger Heart', '5 coins').click();
  await expect(tray.confirmDialog()).toContainText('Send Finger Heart ×10 for 50 coins?');
  await tray.confirmDialog().getByRole('button', { name: 'Cancel' }).click();
  await tray.expectBalance(70);
});

test('send() from the page resolves with the receipt', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.addTestCoins();
  const receipt = await page.evaluate(() => document.querySelector('gift-tray')!.send('finger-heart', 2));
  expect(receipt).toMatchObject({ kind: 'gift', giftId: 'finger-heart', count: 2, coins: 10, balanceAfter: 60 });
  await tray.expectBalance(60);
  expect(await page.evaluate(() => document.querySelector('gift-tray')!.balance)).toBe(60);
});

test('a multi-gift the balance cannot pay is not offered for confirmation: the tray says so and points at the recharge', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&confirm-above=50');
  await tray.addTestCoins(2); // 140 coins
  await tray.pickQuantity(99);
  await tray.gift('Hat and Mustache', '99 coins').click();
  await expect(tray.status()).toHaveText('Not enough coins for this gift. Recharge to send it.');
  await expect(tray.confirmDialog()).toBeHidden();
  await expect(tray.tray.getByRole('button', { name: /Add 70 test coins/ })).toHaveClass(/urgent/);
  await tray.expectBalance(140);
});

test('after a multi-gift is sent the quantity goes back to ×1', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.addTestCoins();
  await tray.pickQuantity(10);
  await tray.gift('Finger Heart', '5 coins').click();
  await expect(tray.status()).toHaveText('Sent Finger Heart ×10 for 50 coins.');
  await expect(tray.tray.getByLabel('Quantity')).toHaveValue('1');
  await tray.gift('Rose', '1 coin').click();
  await tray.expectBalance(19);
});
