import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The badge the content script puts after a flagged link (in its own shadow root). */
export const badgeAfter = (page: Page, linkId: string) => page.locator(`#${linkId} + [data-livegift-badge]`);

/** The warning the content script shows before following a flagged link. */
export const linkWarning = (page: Page) => page.getByRole('alertdialog');

/** Opens `url` in `page`; the navigation guard may replace it, which aborts the original navigation. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url).catch((error: Error) => {
    // A server redirect's target is not routed by Playwright, so that navigation fails by name; the guard still sees it.
    if (!/ERR_ABORTED|ERR_NAME_NOT_RESOLVED|interrupted|frame was detached/i.test(error.message)) throw error;
  });
}

export class ScamWarningPage {
  constructor(readonly page: Page) {}

  async expectShown() {
    await expect(this.page).toHaveURL(/\/scam-warning\.html\?/);
    await expect(this.page.getByRole('heading', { name: 'LiveGift stopped a likely scam site' })).toBeVisible();
  }

  reasons() {
    return this.page.getByRole('region', { name: 'Why LiveGift warns' }).getByRole('listitem');
  }

  backToSafety() {
    return this.page.getByRole('button', { name: 'Back to safety' }).click();
  }

  continueAnyway() {
    return this.page.getByRole('button', { name: 'Continue anyway' }).click();
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
