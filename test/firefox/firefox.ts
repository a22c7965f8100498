import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { puppeteerUi, type Target } from './puppeteer-ui';
import type { Ui } from '../e2e/driver/ui';

/** Debian's Firefox ESR: test tools may not download browsers on our machines. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

/** The add-on id, from the built manifest (wxt.config.ts sets it). */
function addonId(): string {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** Firefox picks a random moz-extension:// host per profile; this pref fixes it, so tests know the pages' address. */
export const EXTENSION_UUID = '3f0c6a1e-2b7d-4c59-9e61-7a4d2b8c0f15';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** A page and the page objects' driver over it. */
export type FirefoxPage = { page: Page; ui: Ui<Target> };

export class FirefoxSession {
  private constructor(readonly browser: Browser) {}

  /** A fresh profile in headless Firefox with the built add-on installed as a temporary add-on. */
  static async launch(): Promise<FirefoxSession> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Lets WebDriver BiDi open and script moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: EXTENSION_UUID }) },
      protocolTimeout: 30_000,
    });
    try {
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return new FirefoxSession(browser);
  }

  wrap(page: Page): FirefoxPage {
    return { page, ui: puppeteerUi(page) };
  }

  async newPage(): Promise<FirefoxPage> {
    return this.wrap(await this.browser.newPage());
  }

  /**
   * Opens an extension page in a new tab. Puppeteer's `goto` of a moz-extension:// page never settles
   * (the page does load), so the caller waits for the page's content instead.
   */
  async openExtensionPage(path: string): Promise<FirefoxPage> {
    const opened = await this.newPage();
    opened.page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    return opened;
  }

  /** Reloads a page and resolves once the new document is there (again without `goto`'s promise). */
  async reload({ page }: FirefoxPage): Promise<void> {
    await page.evaluate(() => {
      (globalThis as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    });
    const deadline = Date.now() + 10_000;
    while (await page.evaluate(() => (globalThis as { beforeReload?: boolean }).beforeReload === true).catch(() => true)) {
      if (Date.now() > deadline) throw new Error(`${page.url()} did not reload`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Whether a tab or window is gone. Puppeteer does not notice a window the add-on closes
   * (`isClosed()` stays false), but its browsing context no longer exists.
   */
  async isClosed({ page }: FirefoxPage): Promise<boolean> {
    if (page.isClosed()) return true;
    return page.evaluate(() => false).catch((error: Error) => /no such frame|Target closed/i.test(error.message));
  }

  /** The pages (tabs and windows) open now. */
  pages(): Promise<Page[]> {
    return this.browser.pages();
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
