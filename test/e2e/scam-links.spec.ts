import { expect, test } from './extension-fixtures';
import { PopupPage } from './pages/popup-page';
import { badgeAfter, clickDrawnButton, drawnParts, partWithRole } from './pages/in-page-ui';
import { ScamWarningPage, expectBadge, linkWarningText, tabIdWithFindings, visit } from './pages/scam-pages';
import { SITES, serveScamTestSites } from './scam-sites';

test.beforeEach(async ({ context, extensionId }) => {
  // The navigation guard sees only navigations after the service worker has started: wait for it first.
  expect(extensionId).not.toBe('');
  await serveScamTestSites(context);
});

test('a scam link gets a badge, official and news links do not, and links added later are badged too', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  await expectBadge(page, 'scam', 'LiveGift warning: likely scam link');
  await expect.poll(async () => (await badgeAfter(page, 'scam'))?.text).toBe('⚠ scam?');
  expect(await drawnParts(page)).toHaveLength(1);

  await page.evaluate(() => {
    const link = document.createElement('a');
    link.id = 'added';
    link.href = 'https://tiktok-support.test/login';
    link.textContent = 'Support';
    document.getElementById('later')!.append(link);
  });
  await expectBadge(page, 'added', 'LiveGift warning: likely scam link');
  expect(await drawnParts(page)).toHaveLength(2);
});

test('clicking a flagged link asks first: "Go back" stays, "Open anyway" opens it', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  await page.locator('#scam').click();
  await expect.poll(() => linkWarningText(page)).toContain('free-tiktok-coins.test');
  await clickDrawnButton(page, 'alertdialog', 'Go back');
  await expect.poll(() => linkWarningText(page)).toBeNull();
  await expect(page).toHaveURL(SITES.linksPage);

  await page.locator('#scam').click();
  await clickDrawnButton(page, 'alertdialog', 'Open anyway');
  // Trusted for this session: no second warning from the navigation guard.
  await expect(page).toHaveURL(SITES.scamSite);
  await expect(page.getByRole('heading', { name: 'Free coins claim' })).toBeVisible();
});

test('typing a scam address shows the warning page, and "Back to safety" returns to the safe page', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.safePage);
  await visit(page, SITES.scamSite);
  const warning = new ScamWarningPage(page);
  await warning.expectShown();
  await expect(page.getByText('free-tiktok-coins.test', { exact: true })).toBeVisible();
  await expect(warning.reasons().first()).toBeVisible();
  await warning.backToSafety();
  await expect(page).toHaveURL(SITES.safePage);
});

test('a redirect to a scam site is stopped too; "Continue anyway" opens it and trusts it for the session', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.redirector);
  const warning = new ScamWarningPage(page);
  await warning.expectShown();
  await warning.continueAnyway();
  await expect(page.getByRole('heading', { name: 'Free coins claim' })).toBeVisible();

  const again = await context.newPage();
  await visit(again, SITES.scamSite);
  await expect(again.getByRole('heading', { name: 'Free coins claim' })).toBeVisible();
});

test('a page posing as a coin recharge off the official site gets a banner', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.rechargePage);
  await expect.poll(async () => (await partWithRole(page, 'alert'))?.text).toContain('Recharge coins only on official paths');
  await clickDrawnButton(page, 'alert', 'Dismiss');
  await expect.poll(() => partWithRole(page, 'alert')).toBeNull();
});

test('the popup lists the warnings for the tab and keeps a false-alarm report to export', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  await expectBadge(page, 'scam', 'LiveGift warning: likely scam link');
  const tabId = await tabIdWithFindings(context, SITES.linksPage);

  const popup = new PopupPage(await context.newPage());
  await popup.page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const warnings = popup.page.getByRole('region', { name: 'Scam-link warnings' });
  await expect(warnings.getByText('free-tiktok-coins.test', { exact: true })).toBeVisible();
  await expect(warnings.getByText(/promises free or cheap coins/)).toBeVisible();

  await warnings.getByRole('button', { name: 'Report a false alarm' }).click();
  await expect(warnings.getByText('Reported as a false alarm (kept on this device).')).toBeVisible();
  const [download] = await Promise.all([
    popup.page.waitForEvent('download'),
    warnings.getByRole('button', { name: 'Export false-alarm reports' }).click(),
  ]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(exported).toMatchObject([{ url: SITES.scamSite, verdict: 'scam' }]);
});

test('a link clicked before its verdict arrived is still guarded, and a safe one still opens', async ({ context }) => {
  const page = await context.newPage();
  await visit(page, SITES.linksPage);
  // Added and clicked in one go: the scan has not seen it, the background has not answered.
  await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { id: 'fresh', href, textContent: 'Fresh' });
    document.getElementById('later')!.append(link);
    link.click();
  }, 'https://tiktok-support.test/login');
  await expect.poll(() => linkWarningText(page)).toContain('tiktok-support.test');
  await expect(page).toHaveURL(SITES.linksPage);
  await clickDrawnButton(page, 'alertdialog', 'Go back');

  await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { id: 'fresh-safe', href, textContent: 'Safe' });
    document.getElementById('later')!.append(link);
    link.click();
  }, SITES.safePage);
  await expect(page).toHaveURL(SITES.safePage);
});
