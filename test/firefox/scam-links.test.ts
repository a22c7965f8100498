import { badgeAfterLink, LINK_WARNING, ScamWarningView } from '../e2e/pages/scam-pages';
import { SITES } from '../e2e/scam-sites';
import { expect, test } from './firefox-fixtures';
import { serveScamTestSites, visit } from './firefox-flows';

test('in Firefox a scam link on a page gets a badge, and clicking it asks first', async ({ firefox }) => {
  const tab = await firefox.newPage();
  await serveScamTestSites(tab);
  await visit(tab, SITES.linksPage);
  const { ui } = tab;
  const badge = ui.find(badgeAfterLink('scam'));
  await ui.expectVisible(badge);
  await ui.expectVisible(ui.find({ role: 'img', name: 'LiveGift warning: likely scam link' }, badge));
  await ui.expectCount(ui.find({ css: '[data-livegift-badge]' }), 1);

  const scamLink = ui.find({ role: 'link', name: 'Get 10,000 free coins' });
  await ui.click(scamLink);
  await ui.expectContainsText(ui.find(LINK_WARNING), 'free-tiktok-coins.test');
  await ui.click(ui.find({ role: 'button', name: 'Go back' }, ui.find(LINK_WARNING)));
  await ui.expectHidden(ui.find(LINK_WARNING));
  expect(tab.page.url()).toBe(SITES.linksPage);

  await ui.click(scamLink);
  await ui.click(ui.find({ role: 'button', name: 'Open anyway' }, ui.find(LINK_WARNING)));
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
