import { historyBackup } from '../bench/history-backup';
import { buildBackup, rechargeAndGift } from '../support/wallet-backups';
import { seriousViolations } from './axe';
import { expect, launchExtensionIn, test } from './extension-fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { signAsThisInstall } from './signed-backups';

test('with a PIN set, a restore waits for a parent, and the limits stay in force afterwards', async ({ context, extensionId }) => {
  test.setTimeout(90_000);
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(700);
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  // The child exports while no limit is set yet.
  const exported = await options.exportBackup();

  await options.setPin('2468');
  await options.setCap('Recharges per month', 500);
  await options.saveLimits();
  await options.lock();
  await popup.recharge(700);
  await expect(popup.refusal()).toContainText('A parent’s limit blocks this.');

  // The child restores the export from before the limits: the restore waits for the parents.
  await options.chooseBackup(exported);
  await expect(options.page.getByTestId('restore-needs-parents')).toHaveText(
    'A parents’ PIN is set: unlock the parents’ section above to restore a backup.',
  );
  await expect(options.restoreConfirm().getByRole('button', { name: 'Restore backup' })).toBeDisabled();
  expect(await seriousViolations(options.page)).toEqual([]);

  // A parent unlocks and restores: the wallet comes back, the cap set since stays.
  await options.unlock('2468');
  await expect(options.controls()).toBeVisible();
  await options.restoreConfirm().getByRole('button', { name: 'Restore backup' }).click();
  await expect(options.page.getByTestId('import-result')).toHaveText('Backup restored. Your balance is 700 coins.');
  await expect(options.controls().getByLabel('Recharges per month', { exact: true })).toHaveValue('500');
  await options.page.reload();
  await options.unlock('2468');
  await expect(options.controls().getByLabel('Recharges per month', { exact: true })).toHaveValue('500');

  await popup.page.reload();
  await popup.expectBalance(700);
  await popup.recharge(7000);
  await expect(popup.refusal()).toContainText('A parent’s limit blocks this.');
  await popup.expectBalance(700);
});

test('a file made elsewhere is refused in words, with the details behind a disclosure', async ({ context, extensionId }) => {
  // Built outside the extension: the ledger adds up, but no installation signed it.
  const unsigned = await buildBackup((service) => rechargeAndGift(service, { packs: 1, giftId: 'rose', count: 1, creator: 'mia-cooks' }));
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.chooseBackup(unsigned);
  await expect(options.importError()).toContainText(
    'This file was not made with “Export backup”, or its signature was removed, so it cannot be trusted. Nothing was changed.',
  );
  await options.importError().getByText('Details').click();
  await expect(options.importError()).toContainText('no signature from this installation');
  expect(await seriousViolations(options.page)).toEqual([]);
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.expectBalance(0);
});

test('a long restore shows its stages and disables the controls; a double click exports once', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  const exportButton = options.page.getByRole('button', { name: 'Export backup' });
  // 15,000 entries: a file of about 11 MB, sent in two parts.
  await options.chooseBackup(await signAsThisInstall(options.page, historyBackup(15_000)));
  await expect(options.page.getByTestId('backup-progress')).toBeVisible();
  await expect(exportButton).toBeDisabled();
  await expect(options.page.getByLabel('Import backup')).toBeDisabled();
  await expect(options.restoreConfirm()).toContainText('with one of 1,050,000 coins', { timeout: 60_000 });
  await expect(options.restoreConfirm()).toContainText('(15,000 history entries)');
  await options.restoreConfirm().getByRole('button', { name: 'Restore backup' }).click();
  await expect(options.page.getByTestId('import-result')).toHaveText('Backup restored. Your balance is 1,050,000 coins.', {
    timeout: 60_000,
  });

  const downloads: string[] = [];
  options.page.on('download', (download) => downloads.push(download.suggestedFilename()));
  // Two clicks in the same task, before the page can re-render: one job.
  await exportButton.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(options.page.getByText('The backup file was saved.')).toBeVisible({ timeout: 60_000 });
  await expect(exportButton).toBeEnabled();
  await expect.poll(() => downloads.length).toBe(1);
  // Still one after a moment: a second job would have saved a second file by now.
  await options.page.waitForTimeout(1000);
  expect(downloads).toHaveLength(1);
});

test('in Spanish, a refused file is explained in Spanish', async () => {
  const { context, extensionId } = await launchExtensionIn('es');
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel('Importar copia').setInputFiles({ name: 'copia.json', mimeType: 'application/json', buffer: Buffer.from('{"format"') });
    const error = page.getByTestId('import-error');
    await expect(error).toContainText('Este archivo no es una copia de LiveGift: no se puede leer. No se cambió nada.');
    await error.getByText('Detalles').click();
    await expect(error).toContainText('The file is not JSON.');
  } finally {
    await context.close();
  }
});
