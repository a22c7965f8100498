import type { Page } from 'puppeteer-core';
import { ScamWarningView } from '../e2e/pages/scam-pages';
import { SITES } from '../e2e/scam-sites';
import { expect, test } from './firefox-fixtures';
import { serveScamTestSites, visit } from './firefox-flows';

/**
 * What the extension draws in a page lives in closed shadow roots on bare hosts, so neither a page nor
 * this test can read inside. Seen from the page: the ids of links followed by a drawn host, and whether
 * a drawn host covers the page (the link warning).
 */
function drawn(page: Page) {
  return page.evaluate(() => {
    const isHost = (element: Element | null) =>
      element !== null && element.attributes.length > 0 && element.childNodes.length === 0 && element.getBoundingClientRect().width > 0;
    const badged = [...document.querySelectorAll('a[id]')].filter((link) => isHost(link.nextElementSibling)).map((link) => link.id);
    const overlay = [...document.body.children].some((element) => isHost(element) && getComputedStyle(element).position === 'fixed');
    return { badged, overlay };
  });
}

test('in Firefox a scam link on a page gets a badge, and clicking it asks first', async ({ firefox }) => {
  const tab = await firefox.newPage();
  await serveScamTestSites(tab);
  await visit(tab, SITES.linksPage);
  const { ui } = tab;
  await expect.poll(() => drawn(tab.page), { timeout: 10_000 }).toEqual({ badged: ['scam'], overlay: false });

  // A trusted click on the flagged link is held, and the warning covers the page; Escape is "Go back".
  const scamLink = ui.find({ role: 'link', name: 'Get 10,000 free coins' });
  await ui.click(scamLink);
  await expect.poll(() => drawn(tab.page), { timeout: 10_000 }).toEqual({ badged: ['scam'], overlay: true });
  await tab.page.keyboard.press('Escape');
  await expect.poll(() => drawn(tab.page), { timeout: 10_000 }).toEqual({ badged: ['scam'], overlay: false });
  expect(tab.page.url()).toBe(SITES.linksPage);

  // "Go back" has the focus; "Open anyway" stands before it.
  await ui.click(scamLink);
  await expect.poll(() => drawn(tab.page), { timeout: 10_000 }).toMatchObject({ overlay: true });
  await tab.page.keyboard.down('Shift');
  await tab.page.keyboard.press('Tab');
  await tab.page.keyboard.up('Shift');
  await tab.page.keyboard.press('Enter');
  // Trusted for this session: no second warning from the navigation guard.
  await ui.expectVisible(ui.find({ role: 'heading', name: 'Free coins claim' }));
  expect(tab.page.url()).toBe(SITES.scamSite);
});

test('in Firefox typing a scam address shows the warning page, and "Back to safety" returns to the safe page', async ({ firefox }) => {
  const tab = await firefox.newPage();
  await serveScamTestSites(tab);
  await visit(tab, SITES.safePage);
  await visit(tab, SITES.scamSite);
  const warning = new ScamWarningView(tab.ui);
  await warning.expectShown();
  await tab.ui.expectVisible(tab.ui.find({ text: 'free-tiktok-coins.test', exact: true }));
  await tab.ui.expectVisible(tab.ui.find({ nth: 0 }, warning.reasons()));
  await warning.backToSafety();
  await tab.ui.expectVisible(tab.ui.find({ role: 'heading', name: 'A safe page' }));
  expect(tab.page.url()).toBe(SITES.safePage);
});
