import { browser } from 'wxt/browser';
import { parseLink } from '@core';
import * as store from './scam-storage';
import { classify, isTrustedForSession } from './verdict-service';

/** The extension page shown instead of a scam site. */
export function warningPageUrl(target: string, back: string | null): string {
  const params = new URLSearchParams({ url: target });
  if (back) params.set('back', back);
  return `${browser.runtime.getURL('/scam-warning.html')}?${params.toString()}`;
}

async function isScamAndUntrusted(url: string): Promise<boolean> {
  if (!parseLink(url) || (await isTrustedForSession(url))) return false;
  return (await classify(url)).verdict === 'scam';
}

/**
 * The last page each tab committed that was not a scam, where "Back to safety" returns. Kept in memory so it
 * is set the moment a page commits (storage writes finish later); storage.session covers a worker restart.
 */
const lastSafe = new Map<number, string>();
const lastSafeOf = async (tabId: number) => lastSafe.get(tabId) ?? (await store.lastSafeUrl(tabId));

async function guard(tabId: number, url: string, back: string | null): Promise<boolean> {
  if (!(await isScamAndUntrusted(url))) return false;
  await browser.tabs.update(tabId, { url: warningPageUrl(url, back) });
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
    void (async () => guard(details.tabId, details.url, await lastSafeOf(details.tabId)))();
  });
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId !== 0 || details.tabId < 0 || !/^https?:/.test(details.url)) return;
    const { tabId, url } = details;
    const previous = lastSafe.get(tabId) ?? null;
    // Optimistically safe right away, so a navigation that follows at once finds its way back here.
    lastSafe.set(tabId, url);
    void (async () => {
      if (await guard(tabId, url, previous ?? (await store.lastSafeUrl(tabId)))) {
        if (previous) lastSafe.set(tabId, previous);
        else lastSafe.delete(tabId);
        return;
      }
      // A new page: its earlier findings no longer apply, and it is where "Back to safety" returns.
      const stored = await store.tabWarnings(tabId);
      if (stored.pageUrl !== url) await store.saveTabWarnings(tabId, { pageUrl: url, findings: [], pageWarning: null });
      await store.saveLastSafeUrl(tabId, url);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    lastSafe.delete(tabId);
    void store.forgetTab(tabId);
  });
}
