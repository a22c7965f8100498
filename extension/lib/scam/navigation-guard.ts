import { browser } from 'wxt/browser';
import { classifyUrl, parseLink } from '../../../core';
import * as store from './scam-storage';

/** The extension page shown instead of a scam site. */
export function warningPageUrl(target: string, back: string | null): string {
  const params = new URLSearchParams({ url: target });
  if (back) params.set('back', back);
  return `${browser.runtime.getURL('/scam-warning.html')}?${params.toString()}`;
}

async function isScamAndUntrusted(url: string): Promise<boolean> {
  const link = parseLink(url);
  if (!link) return false;
  const [rules, allowlist, trusted] = await Promise.all([store.currentRules(), store.allowlist(), store.sessionTrusted()]);
  if (trusted.includes(link.host)) return false;
  return classifyUrl(url, { rules, allowlist }).verdict === 'scam';
}

async function guard(tabId: number, url: string): Promise<boolean> {
  if (!(await isScamAndUntrusted(url))) return false;
  await browser.tabs.update(tabId, { url: warningPageUrl(url, await store.lastSafeUrl(tabId)) });
  return true;
}

/**
 * Puts the warning page in front of scam sites in the top frame. onBeforeNavigate catches typed and clicked
 * addresses before the request; onCommitted catches where server and script redirects ended up.
 */
export function startNavigationGuard(): void {
  browser.webNavigation.onBeforeNavigate.addListener((details) => {
    // tabId -1: a prerender or other page not shown in a tab.
    if (details.frameId !== 0 || details.tabId < 0) return;
    void guard(details.tabId, details.url);
  });
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId !== 0 || details.tabId < 0 || !/^https?:/.test(details.url)) return;
    void (async () => {
      if (await guard(details.tabId, details.url)) return;
      // A new page: its earlier findings no longer apply, and it is where "Back to safety" returns.
      const previous = await store.tabWarnings(details.tabId);
      if (previous.pageUrl !== details.url) {
        await store.saveTabWarnings(details.tabId, { pageUrl: details.url, findings: [], pageWarning: null });
      }
      await store.saveLastSafeUrl(details.tabId, details.url);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.forgetTab(tabId));
}
