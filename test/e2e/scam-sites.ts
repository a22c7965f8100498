import type { BrowserContext } from '@playwright/test';

/**
 * Made-up sites for the scam-link tests, answered by Playwright's route interception: nothing reaches the
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

export async function serveScamTestSites(context: BrowserContext): Promise<void> {
  await context.route('https://*.test/**', async (route) => {
    const url = route.request().url();
    if (url.startsWith(SITES.linksPage)) return route.fulfill({ contentType: 'text/html', body: LINKS_PAGE });
    if (url.startsWith(SITES.rechargePage)) return route.fulfill({ contentType: 'text/html', body: RECHARGE_PAGE });
    if (url.startsWith(SITES.redirector)) return route.fulfill({ status: 302, headers: { location: SITES.scamSite } });
    if (url.startsWith(SITES.scamSite)) return route.fulfill({ contentType: 'text/html', body: page('Free coins claim') });
    return route.fulfill({ contentType: 'text/html', body: page('A safe page') });
  });
}
