import { buildBackup, rechargeAndGift } from '../support/wallet-backups';
import { expect, test } from './extension-fixtures';
import { HistoryPage } from './pages/history-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

test('the popup warns once 80 % of the monthly budget is spent, and shows the creators supported', async ({
  context,
  extensionId,
}) => {
  // 29 doughnuts of 30 coins: 870 coins spent on gifts this month.
  const backup = await buildBackup((service) => rechargeAndGift(service, { packs: 1, giftId: 'doughnut', count: 29, creator: 'mia-cooks' }));
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.importBackup(backup);
  await expect(options.page.getByTestId('import-result')).toHaveText('Backup restored. Your balance is 6,130 coins.');
  await options.setBudget(1000);

  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.expectBalance(6130);
  await expect(popup.page.getByTestId('budget-summary')).toHaveText('You spent 870 of your 1,000-coin budget (87 %).');
  await expect(popup.page.getByTestId('budget-warning')).toHaveText('Careful: you have used 87 % of this month’s budget.');
  await expect(popup.page.getByTestId('creators-supported')).toHaveText('mia-cooks: 870 coins');

  await options.setBudget(2000);
  await popup.page.reload();
  await expect(popup.page.getByTestId('budget-summary')).toHaveText('You spent 870 of your 2,000-coin budget (43 %).');
  await expect(popup.page.getByTestId('budget-warning')).toHaveCount(0);
});

test('a backup exported, then imported, brings the wallet back; a bad file changes nothing', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(700);
  await popup.expectBalance(700);

  const options = await OptionsPage.open(await context.newPage(), extensionId);
  const exported = await options.exportBackup();
  expect(JSON.parse(exported)).toMatchObject({ format: 'livegift-wallet-backup', version: 1 });

  await popup.recharge(70);
  await popup.expectBalance(770);

  const tampered = JSON.parse(exported) as { balances: { balance: number }[] };
  for (const balance of tampered.balances) balance.balance += 1000;
  await options.importBackup(JSON.stringify(tampered));
  await expect(options.page.getByTestId('import-error')).toContainText('This file is not a valid LiveGift backup, so nothing was changed.');
  await options.importBackup('{"format": "livegift-wallet-backup", "version": 1');
  await expect(options.page.getByTestId('import-error')).toContainText('The file is not JSON.');
  await popup.page.reload();
  await popup.expectBalance(770);

  await options.importBackup(exported);
  await expect(options.page.getByTestId('import-result')).toHaveText('Backup restored. Your balance is 700 coins.');
  await popup.page.reload();
  await popup.expectBalance(700);
  const history = await HistoryPage.open(await context.newPage(), extensionId);
  await expect(history.rows()).toHaveCount(1);
});

test('the history page filters, pages, shows receipts, sums up months and exports CSV', async ({ context, extensionId }) => {
  const backup = await buildBackup(async (service) => {
    await rechargeAndGift(service, { packs: 2, giftId: 'rose', count: 55, creator: 'mia-cooks' });
    await service.sendGift({ giftId: 'hat', count: 1, creator: 'leo-plays', stream: 'seed-stream', idempotencyKey: 'seed-hat-1' });
  });
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.importBackup(backup);
  await expect(options.page.getByTestId('import-result')).toBeVisible();

  const history = await HistoryPage.open(options.page, extensionId);
  // 58 entries, newest first, 50 to a page.
  await expect(history.rows()).toHaveCount(50);
  await expect(history.rows().first()).toContainText('−99 coins: Hat and Mustache ×1 to leo-plays');
  await history.page.getByRole('button', { name: 'Show older entries' }).click();
  await expect(history.rows()).toHaveCount(58);
  await expect(history.page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);

  await history.filterByType('Recharges');
  await expect(history.rows()).toHaveCount(2);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA');
  await history.filterByDates(day(1), day(2));
  await expect(history.rows()).toHaveCount(0);
  await expect(history.page.getByText('Nothing matches these filters.')).toBeVisible();
  await history.filterByDates(day(-1), day(0));
  await expect(history.rows()).toHaveCount(2);
  await history.filterByType('All types');
  await history.filterByCreator('leo-plays');
  await expect(history.rows()).toHaveCount(1);

  await history.rows().first().getByRole('button', { name: 'Details' }).click();
  const receipt = history.page.getByTestId('receipt-details');
  await expect(receipt).toContainText('Hat and Mustache ×1 to leo-plays');
  await expect(receipt.getByRole('heading', { name: 'Receipt' })).toBeFocused();

  await expect(history.monthlySummaries()).toContainText('14,000');
  await expect(history.monthlySummaries()).toContainText('154');

  const csv = await history.exportCsv();
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('leo-plays');
});
