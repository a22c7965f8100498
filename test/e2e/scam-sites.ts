import type { BrowserContext } from '@playwright/test';

/**
 * Made-up sites for the scam-link tests, answered by the browser driver's request interception: nothing reaches the
 * network, and the hosts need not resolve.
 */
export const SITES = {
  linksPage: 'https://creator-fan-page.test/links',
  rechargePage: 'https://coin-deals.test/recharge',
  safePage: 'https://creator-fan-page.test/home',
  scamSite: 'https://free-tiktok-coins.test/claim',
  redirector: 'https://short-links.test/go',
} as const;

const LINKS_PAGE = `<!doctype html><html><head><title>Fan page links</title></head><body>
<h1>Links from the fan page</h1>
<ul>
  <li><a id="scam" href="${SITES.scamSite}">Get 10,000 free coins</a></li>
  <li><a id="official" href="https://www.tiktok.com/coin">Recharge on TikTok</a></li>
  <li><a id="news" href="https://news.test/2024/05/01/free-tiktok-coins-scam-explained">How the free-coins scam works</a></li>
</ul>
<div id="later"></div>
</body></html>`;

const RECHARGE_PAGE = `<!doctype html><html><head><title>Coin deals</title></head><body>
<h1>Recharge coins at half price</h1><p>Buy 7000 coins for $49.99 today.</p>
<form><label>Card number <input name="cardnumber"></label><button>Pay</button></form>
</body></html>`;

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

/** What a made-up site answers; the same answers serve the Chromium (Playwright) and Firefox (Puppeteer) tests. */
export type SiteResponse = { status: number; headers?: Record<string, string>; contentType?: string; body?: string };

export function scamTestSiteResponse(url: string): SiteResponse {
  const html = (body: string): SiteResponse => ({ status: 200, contentType: 'text/html', body });
  if (url.startsWith(SITES.linksPage)) return html(LINKS_PAGE);
  if (url.startsWith(SITES.rechargePage)) return html(RECHARGE_PAGE);
  if (url.startsWith(SITES.redirector)) return { status: 302, headers: { location: SITES.scamSite } };
  if (url.startsWith(SITES.scamSite)) return html(page('Free coins claim'));
  return html(page('A safe page'));
}

/** Hosts the made-up sites answer for. */
export const isScamTestSite = (url: string) => /^https:\/\/[^/]+\.test\//.test(url);

export async function serveScamTestSites(context: BrowserContext): Promise<void> {
  await context.route('https://*.test/**', (route) => route.fulfill(scamTestSiteResponse(route.request().url())));
}
