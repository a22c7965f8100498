import type { Locator, Page } from '@playwright/test';
import { playwrightUi } from '../driver/playwright-ui';
import type { Ui } from '../driver/ui';

/** The options page: wallet settings and the parents' section, over any driver. */
export class OptionsView<E> {
  constructor(readonly ui: Ui<E>) {}

  /** Resolves once the page has rendered its sections. */
  async expectLoaded() {
    await this.ui.expectVisible(this.ui.find({ role: 'heading', name: 'Parents' }));
  }

  parents() {
    return this.ui.find({ role: 'region', name: 'Parents' });
  }

  wallet() {
    return this.ui.find({ role: 'region', name: 'Wallet' });
  }

  async setBudget(coins: number | null) {
    await this.ui.fill(this.ui.find({ label: 'Monthly gifting budget (coins)' }), coins === null ? '' : String(coins));
    await this.ui.click(this.ui.find({ role: 'button', name: 'Save' }, this.wallet()));
    await this.ui.expectText(this.ui.find({ role: 'status' }, this.wallet()), 'Saved.');
  }

  async setPin(pin: string) {
    await this.ui.fill(this.ui.find({ label: 'New PIN (4 to 8 digits)' }, this.parents()), pin);
    await this.ui.fill(this.ui.find({ label: 'Repeat the PIN' }, this.parents()), pin);
    await this.ui.click(this.ui.find({ role: 'button', name: 'Set PIN' }, this.parents()));
    await this.ui.expectVisible(this.controls());
  }

  async unlock(pin: string) {
    await this.ui.fill(this.ui.find({ label: 'Parents’ PIN' }, this.parents()), pin);
    await this.ui.click(this.ui.find({ role: 'button', name: 'Unlock' }, this.parents()));
  }

  async lock() {
    await this.ui.click(this.ui.find({ role: 'button', name: 'Lock the parents’ section' }, this.parents()));
    await this.ui.expectVisible(this.ui.find({ role: 'button', name: 'Unlock' }, this.parents()));
  }

  controls() {
    return this.ui.find({ testId: 'parental-controls' });
  }

  async setCap(label: string, coins: number | null) {
    await this.ui.fill(this.ui.find({ label, exact: true }, this.controls()), coins === null ? '' : String(coins));
  }

  async saveLimits() {
    await this.ui.click(this.ui.find({ role: 'button', name: 'Save limits' }, this.controls()));
    await this.ui.expectText(this.ui.find({ role: 'status' }, this.controls()), 'Saved.');
  }

  approvals() {
    return this.ui.find({ testId: 'approval-requests' });
  }

  parentsError() {
    return this.ui.find({ testId: 'parents-error' });
  }

  lockMessage() {
    return this.ui.find({ testId: 'pin-locked' });
  }
}

/** The options page in Chromium, with backups (files and downloads are Playwright's). */
export class OptionsPage extends OptionsView<Locator> {
  constructor(readonly page: Page) {
    super(playwrightUi(page));
  }

  static async open(page: Page, extensionId: string): Promise<OptionsPage> {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(page);
    await options.expectLoaded();
    return options;
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
