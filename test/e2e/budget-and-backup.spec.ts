import { buildBackup, rechargeAndGift } from '../support/wallet-backups';
import { expect, test } from './extension-fixtures';
import { HistoryPage } from './pages/history-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { signAsThisInstall } from './signed-backups';

test('the popup warns once 80 % of the monthly budget is spent, and shows the creators supported', async ({
  context,
  extensionId,
}) => {
  // 29 doughnuts of 30 coins: 870 coins spent on gifts this month.
  const backup = await buildBackup((service) => rechargeAndGift(service, { packs: 1, giftId: 'doughnut', count: 29, creator: 'mia-cooks' }));
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.importBackup(await signAsThisInstall(options.page, backup));
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

test('a backup exported, then restored, shows what it replaces and asks first; an edited or broken file changes nothing', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(700);
  await popup.expectBalance(700);

  const options = await OptionsPage.open(await context.newPage(), extensionId);
  const exported = await options.exportBackup();
  expect(JSON.parse(exported)).toMatchObject({ format: 'livegift-wallet-backup', version: 2, signature: { algorithm: 'HMAC-SHA256' } });

  await popup.recharge(70);
  await popup.expectBalance(770);

  // A child edits the file for more coins, fixing up the ledger's sums so that it still adds up.
  const edited = JSON.parse(exported) as {
    transfers: { legs: { amount: number }[] }[];
    entries: { amount: number; balanceAfter: number }[];
    balances: { balance: number }[];
  };
  for (const leg of edited.transfers[0]!.legs) leg.amount *= 1000;
  for (const entry of edited.entries) Object.assign(entry, { amount: entry.amount * 1000, balanceAfter: entry.balanceAfter * 1000 });
  for (const balance of edited.balances) balance.balance *= 1000;
  await options.chooseBackup(JSON.stringify(edited));
  await expect(options.importError()).toContainText('This backup was changed after it was exported, so it cannot be trusted. Nothing was changed.');
  await expect(options.importError().getByText('signature does not match')).toBeHidden();
  await options.importError().getByText('Details').click();
  await expect(options.importError().getByText(/signature does not match/)).toBeVisible();
  await expect(options.restoreConfirm()).toHaveCount(0);

  await options.chooseBackup('{"format": "livegift-wallet-backup", "version": 2');
  await expect(options.importError()).toContainText('This file is not a LiveGift backup: it cannot be read at all. Nothing was changed.');
  await popup.page.reload();
  await popup.expectBalance(770);

  // The genuine file: what it holds against what it replaces, and nothing happens until confirmed.
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.now());
  await options.chooseBackup(exported);
  await expect(options.restoreConfirm()).toContainText(
    `This replaces your wallet of 770 coins with one of 700 coins from ${day} (1 history entry).`,
  );
  await expect(options.page.getByRole('button', { name: 'Export backup' })).toBeDisabled();
  await options.restoreConfirm().getByRole('button', { name: 'Cancel' }).click();
  await expect(options.restoreConfirm()).toHaveCount(0);
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
  await options.importBackup(await signAsThisInstall(options.page, backup));
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
