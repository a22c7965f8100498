import type { BrowserContext } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, launchExtensionIn, test } from './extension-fixtures';
import { ScamWarningPage, expectBadge, tabIdWithFindings, visit } from './pages/scam-pages';
import { SITES, serveScamTestSites } from './scam-sites';

/** A browser whose UI language is Spanish, with the built extension and the made-up scam sites. */
async function spanishBrowser(): Promise<{ context: BrowserContext; extensionId: string }> {
  // The navigation guard sees only navigations after the service worker has started: launching waits for it.
  const browser = await launchExtensionIn('es');
  await serveScamTestSites(browser.context);
  return browser;
}

test('in a Spanish browser the badge, the popup’s warnings and the warning page speak Spanish', async () => {
  const { context, extensionId } = await spanishBrowser();
  try {
    const page = await context.newPage();
    await visit(page, SITES.linksPage);
    // The content script's strings come through the same i18n layer.
    await expectBadge(page, 'scam', 'Aviso de LiveGift: enlace probablemente fraudulento');
    const tabId = await tabIdWithFindings(context, SITES.linksPage);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const warnings = popup.getByRole('region', { name: 'Avisos de enlaces fraudulentos', exact: true });
    await expect(warnings.getByRole('heading', { name: 'Avisos de enlaces fraudulentos' })).toBeVisible();
    await expect(warnings.getByText('1 aviso en esta página.')).toBeVisible();
    await expect(warnings.getByText('free-tiktok-coins.test', { exact: true })).toBeVisible();
    await expect(warnings.getByText('La dirección promete monedas gratis o baratas', { exact: false })).toBeVisible();
    await expect(warnings.getByText(/promises free or cheap coins/)).toHaveCount(0);
    await warnings.getByRole('button', { name: 'Informar de una falsa alarma' }).click();
    await expect(warnings.getByRole('status')).toHaveText('Marcado como falsa alarma (se guarda en este dispositivo).');

    const guarded = await context.newPage();
    await visit(guarded, SITES.scamSite);
    await expect(guarded).toHaveURL(/\/scam-warning\.html\?/);
    await expect(guarded.locator('html')).toHaveAttribute('lang', /^es/);
    await expect(guarded).toHaveTitle('LiveGift: aviso de fraude');
    await expect(guarded.getByRole('heading', { name: 'LiveGift ha detenido un probable sitio fraudulento' })).toBeVisible();
    await expect(guarded.getByText('Ibas a abrir free-tiktok-coins.test.', { exact: false })).toBeVisible();
    const reasons = guarded.getByRole('region', { name: 'Por qué avisa LiveGift' }).getByRole('listitem');
    await expect(reasons.filter({ hasText: 'La dirección promete monedas gratis o baratas' })).toHaveCount(1);
    await expect(guarded.getByRole('button', { name: 'Volver a un sitio seguro' })).toBeVisible();
    await expect(guarded.getByRole('button', { name: 'Continuar de todos modos' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the scam warning page has no serious accessibility violation', async ({ context, extensionId }) => {
  expect(extensionId).not.toBe('');
  await serveScamTestSites(context);
  const page = await context.newPage();
  await visit(page, SITES.scamSite);
  const warning = new ScamWarningPage(page);
  await warning.expectShown();
  await expect(warning.reasons().first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the scam-link list settings are a section of the options page, with labelled fields and spoken outcomes', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const section = page.getByRole('main').getByRole('region', { name: 'Scam-link list' });
  await expect(section.getByRole('heading', { level: 2, name: 'Scam-link list' })).toBeVisible();
  await expect(section.getByText(/^List version in force: \d+$/)).toBeVisible();

  const url = section.getByLabel('Update URL (https, JSON list)');
  await url.fill('http://lists.example/scam-rules.json');
  await section.getByRole('button', { name: 'Save and check now' }).click();
  await expect(section.getByRole('alert')).toHaveText('Enter an https:// address, or leave the field empty.');
  await url.fill('');
  await section.getByRole('button', { name: 'Save and check now' }).click();
  await expect(section.getByRole('status')).toHaveText('List updates are off.');
  await url.fill('https://lists.example/scam-rules.json');
  await section.getByRole('button', { name: 'Reset to the bundled list' }).click();
  await expect(section.getByRole('status')).toHaveText('The bundled list is in force again; updates are off.');
  await expect(url).toHaveValue('');
  await expect(section.getByText(/^List version in force: 1$/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
