import { expect, type Page } from '@playwright/test';

/** The options page: wallet settings, the parents' section and backups. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<OptionsPage> {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(page);
    await expect(page.getByRole('heading', { name: 'Parents' })).toBeVisible();
    return options;
  }

  parents() {
    return this.page.getByRole('region', { name: 'Parents' });
  }

  async setBudget(coins: number | null) {
    await this.page.getByLabel('Monthly gifting budget (coins)').fill(coins === null ? '' : String(coins));
    await this.page.getByRole('region', { name: 'Wallet' }).getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('region', { name: 'Wallet' }).getByRole('status')).toHaveText('Saved.');
  }

  async setPin(pin: string) {
    await this.parents().getByLabel('New PIN (4 to 8 digits)').fill(pin);
    await this.parents().getByLabel('Repeat the PIN').fill(pin);
    await this.parents().getByRole('button', { name: 'Set PIN' }).click();
    await expect(this.controls()).toBeVisible();
  }

  async unlock(pin: string) {
    await this.parents().getByLabel('Parents’ PIN').fill(pin);
    await this.parents().getByRole('button', { name: 'Unlock' }).click();
  }

  async lock() {
    await this.parents().getByRole('button', { name: 'Lock the parents’ section' }).click();
    await expect(this.parents().getByRole('button', { name: 'Unlock' })).toBeVisible();
  }

  controls() {
    return this.page.getByTestId('parental-controls');
  }

  async setCap(label: string, coins: number | null) {
    await this.controls().getByLabel(label, { exact: true }).fill(coins === null ? '' : String(coins));
  }

  async saveLimits() {
    await this.controls().getByRole('button', { name: 'Save limits' }).click();
    await expect(this.controls().getByRole('status')).toHaveText('Saved.');
  }

  approvals() {
    return this.page.getByTestId('approval-requests');
  }

  parentsError() {
    return this.page.getByTestId('parents-error');
  }

  lockMessage() {
    return this.page.getByTestId('pin-locked');
  }

  /** Picks a backup file: the extension checks it and shows what it would replace (or why it cannot). */
  async chooseBackup(json: string, name = 'livegift-backup.json') {
    await this.page.getByLabel('Import backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
  }

  restoreConfirm() {
    return this.page.getByTestId('restore-confirm');
  }

  /** Picks a backup file and confirms the restore. */
  async importBackup(json: string, name = 'livegift-backup.json') {
    await this.chooseBackup(json, name);
    await this.restoreConfirm().getByRole('button', { name: 'Restore backup' }).click();
  }

  importError() {
    return this.page.getByTestId('import-error');
  }

  /** Clicks export and returns the downloaded file's text. */
  async exportBackup(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export backup' }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
