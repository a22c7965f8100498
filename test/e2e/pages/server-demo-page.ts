import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { GIFT_SERVER } from '../gift-server';
import { TrayPage } from './tray-page';

/** The demo live page served by the gift server, as one viewer in their own browser context (own window). */
export class ServerDemoPage extends TrayPage {
  context!: BrowserContext;

  /**
   * Opens the page in a new browser context and signs in; `site` is where the page is served from (a proxy,
   * say); `creator` gifts to another creator than the page's.
   */
  static async join(browser: Browser, name: string, stream: string, site = GIFT_SERVER, creator?: string): Promise<ServerDemoPage> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site}/demo/?feed=off&stream=${stream}${creator ? `&creator=${encodeURIComponent(creator)}` : ''}`);
    const viewer = new ServerDemoPage(page);
    viewer.context = context;
    await expect(viewer.tray.getByRole('region', { name: 'Send a gift' })).toBeVisible();
    await viewer.signIn(name);
    return viewer;
  }

  async signIn(name: string): Promise<void> {
    await this.page.getByLabel('Your viewer name').fill(name);
    await this.page.getByRole('button', { name: 'Join the stream' }).click();
    await expect(this.page.getByText(`Watching as ${name}`)).toBeVisible();
    await expect(this.balance()).not.toHaveText('…');
  }

  async switchViewer(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Switch viewer' }).click();
    await this.signIn(name);
  }

  offline() {
    return this.tray.locator('[part="offline"]');
  }

  /** The goal's collected coins, as the bar shows them. */
  async collected(): Promise<number> {
    const text = (await this.goalFigures().textContent()) ?? '';
    return Number(text.split('/')[0]!.replace(/\D/g, ''));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
