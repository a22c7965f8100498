import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { playwrightUi } from '../driver/playwright-ui';
import type { Query, Ui } from '../driver/ui';

/** The badge the content script puts after a flagged link (in its own shadow root). */
export const badgeAfterLink = (linkId: string): Query => ({ css: `#${linkId} + [data-livegift-badge]` });
export const badgeAfter = (page: Page, linkId: string) => playwrightUi(page).find(badgeAfterLink(linkId));

/** The warning the content script shows before following a flagged link. */
export const LINK_WARNING: Query = { role: 'alertdialog' };
export const linkWarning = (page: Page) => playwrightUi(page).find(LINK_WARNING);

/** Opens `url` in `page`; the navigation guard may replace it, which aborts the original navigation. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url).catch((error: Error) => {
    // A server redirect's target is not routed by Playwright, so that navigation fails by name; the guard still sees it.
    if (!/ERR_ABORTED|ERR_NAME_NOT_RESOLVED|interrupted|frame was detached/i.test(error.message)) throw error;
  });
}

/** The guard's warning page, over any driver. */
export class ScamWarningView<E> {
  constructor(readonly ui: Ui<E>) {}

  async expectShown() {
    await this.ui.expectVisible(this.ui.find({ role: 'heading', name: 'LiveGift stopped a likely scam site' }));
  }

  reasons() {
    return this.ui.find({ role: 'listitem' }, this.ui.find({ role: 'region', name: 'Why LiveGift warns' }));
  }

  backToSafety() {
    return this.ui.click(this.ui.find({ role: 'button', name: 'Back to safety' }));
  }

  continueAnyway() {
    return this.ui.click(this.ui.find({ role: 'button', name: 'Continue anyway' }));
  }
}

export class ScamWarningPage extends ScamWarningView<Locator> {
  constructor(readonly page: Page) {
    super(playwrightUi(page));
  }

  override async expectShown() {
    await expect(this.page).toHaveURL(/\/scam-warning\.html\?/);
    await super.expectShown();
  }
}

/** The tab id the background stored findings for, read from its session storage. */
export async function tabIdWithFindings(context: BrowserContext, pageUrl: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  let tabId: number | null = null;
  await expect
    .poll(async () => {
      tabId = await worker.evaluate(async (url) => {
        type SessionArea = { get(keys: null): Promise<Record<string, { pageUrl?: string; findings?: unknown[] }>> };
        const { chrome } = globalThis as unknown as { chrome: { storage: { session: SessionArea } } };
        const all = await chrome.storage.session.get(null);
        const entry = Object.entries(all).find(([key, value]) => key.startsWith('scam.tab.') && value.pageUrl === url && (value.findings?.length ?? 0) > 0);
        return entry ? Number(entry[0].slice('scam.tab.'.length)) : null;
      }, pageUrl);
      return tabId;
    })
    .not.toBeNull();
  return tabId!;
}
