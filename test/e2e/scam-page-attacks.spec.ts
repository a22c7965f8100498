import { expect, test } from './extension-fixtures';
import { badgeAfter, drawnParts, isShown, partWithRole } from './pages/in-page-ui';
import { ScamWarningPage, expectBadge, linkWarningText, sessionTrusted, visit } from './pages/scam-pages';
import { SITES, serveScamTestSites } from './scam-sites';

// Each test does what a hostile page's own script can do (page.evaluate runs in the page's world) and checks
// what the viewer is left with.

test.beforeEach(async ({ context, extensionId }) => {
  expect(extensionId).not.toBe('');
  await serveScamTestSites(context);
});

test('a page script cannot click "Open anyway": navigation stays intercepted and the scam site stays untrusted', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  await expectBadge(page, 'scam', 'LiveGift warning: likely scam link');

  // The page clicks its own scam link: the guard holds a script's click as it holds the viewer's.
  await page.evaluate(() => document.getElementById('scam')!.click());
  await expect.poll(() => linkWarningText(page)).toContain('free-tiktok-coins.test');

  const reached = await page.evaluate(async () => {
    const everything = [...document.querySelectorAll('*')];
    const openRoots = everything.filter((element) => element.shadowRoot !== null).length;
    // The dialog covers the page: what is under the middle of the screen is its host.
    const host = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement;
    // Not its links: a click on a safe one would leave the page, which proves nothing.
    for (const target of [host, ...everything.filter((element) => element.tagName !== 'A')]) {
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    host.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { openRoots, hostRoot: host.shadowRoot === null ? 'closed' : 'open', marked: document.querySelectorAll('[data-livegift-badge], [data-livegift-dialog]').length };
  });
  expect(reached).toEqual({ openRoots: 0, hostRoot: 'closed', marked: 0 });
  // Nothing the page did answered the dialog: still asking, still on the page, nothing trusted.
  await expect.poll(() => linkWarningText(page)).toContain('free-tiktok-coins.test');
  await expect(page).toHaveURL(SITES.linksPage);
  expect(await sessionTrusted(context)).toEqual([]);

  const typed = await context.newPage();
  await visit(typed, SITES.scamSite);
  await new ScamWarningPage(typed).expectShown();
});

test('page CSS cannot hide the badges, the banner or the warning', async ({ context }) => {
  // Every span and div, the attributes the extension used to set, and whatever follows a link.
  const hide = `span, div, [data-livegift-badge], [data-livegift-banner], [data-livegift-dialog], a + * {
    display: none !important; visibility: hidden !important; opacity: 0 !important; width: 0 !important; height: 0 !important;
  }`;
  const links = await context.newPage();
  await links.addInitScript((css) => addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css }))), hide);
  await visit(links, SITES.linksPage);
  await expectBadge(links, 'scam', 'LiveGift warning: likely scam link');
  const badge = (await badgeAfter(links, 'scam'))!;
  expect(badge.hostAttributes).toEqual(['style']);
  expect(await isShown(links, badge.elements.find((e) => e.role === 'img')!.backendNodeId)).toBe(true);

  await links.evaluate(() => document.getElementById('scam')!.click());
  await expect.poll(() => linkWarningText(links)).toContain('free-tiktok-coins.test');
  const dialog = (await partWithRole(links, 'alertdialog'))!;
  expect(await isShown(links, dialog.elements.find((e) => e.role === 'alertdialog')!.backendNodeId)).toBe(true);

  const recharge = await context.newPage();
  await recharge.addInitScript((css) => addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css }))), hide);
  await visit(recharge, SITES.rechargePage);
  await expect.poll(async () => (await partWithRole(recharge, 'alert'))?.text).toContain('Recharge coins only on official paths');
  const banner = (await partWithRole(recharge, 'alert'))!;
  expect(await isShown(recharge, banner.elements.find((e) => e.role === 'alert')!.backendNodeId)).toBe(true);
});

test('a page cannot tell from the DOM that the extension scanned it', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  await expectBadge(page, 'scam', 'LiveGift warning: likely scam link');
  const traces = await page.evaluate(() => ({
    html: [...document.documentElement.attributes].map((attribute) => attribute.name),
    marked: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((a) => a.name.includes('livegift'))).length,
  }));
  expect(traces).toEqual({ html: [], marked: 0 });
  expect(await drawnParts(page)).toHaveLength(1);
});

test('an over-long link does not spoil the verdicts of the links sent with it', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  await page.evaluate(() => {
    const later = document.getElementById('later')!;
    later.append(Object.assign(document.createElement('a'), { id: 'long', href: `https://news.test/${'x'.repeat(6000)}`, textContent: 'long' }));
    later.append(Object.assign(document.createElement('a'), { id: 'with-long', href: 'https://tiktok-support.test/login', textContent: 'support' }));
  });
  await expectBadge(page, 'with-long', 'LiveGift warning: likely scam link');
});
