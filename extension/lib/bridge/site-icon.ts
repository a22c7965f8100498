import { browser } from 'wxt/browser';

/**
 * A site's icon from the browser's own favicon cache (Chromium's `/_favicon/`, with the `favicon`
 * permission): an image the browser fetched for that origin, never an address or markup the page chose.
 * Null where the browser has no such cache (Firefox): the window then shows a monogram it draws itself.
 */
export function siteIconUrl(origin: string): string | null {
  const base = browser.runtime.getURL('/');
  if (base.startsWith('moz-extension:')) return null;
  const url = new URL('_favicon/', base);
  url.searchParams.set('pageUrl', origin);
  url.searchParams.set('size', '32');
  return url.href;
}
