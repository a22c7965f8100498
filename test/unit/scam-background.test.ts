import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_SCAM_RULES } from '../../core';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { handleScamRequest } = await import('../../extension/lib/scam/scam-request-handler');
const { updateRulesFromUrl } = await import('../../extension/lib/scam/rules-updater');

const EXTENSION_ORIGIN = 'chrome-extension://livegift-test/';
const fromContentScript = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, url });
const fromExtensionPage = () => ({ id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}popup.html` });

const jsonResponse = (body: unknown, status = 200) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => EXTENSION_ORIGIN + path.replace(/^\//, ''));
});

describe('the background scam-link handler', () => {
  it('stores a page report under the sender\'s tab, whatever the message says', async () => {
    const report = { type: 'scam/page-report', findings: [{ url: 'https://tokcoins.top/', verdict: 'scam', reasons: [{ code: 'known-scam-domain', params: { domain: 'tokcoins.top' }, text: 'x' }] }], pageWarning: null, tabId: 99 };
    expect(await handleScamRequest(report, fromContentScript(7, 'https://fan.example/'))).toEqual({ ok: true });

    const seven = await handleScamRequest({ type: 'scam/tab-warnings', tabId: 7 }, fromExtensionPage());
    expect(seven).toMatchObject({ ok: true, warnings: { pageUrl: 'https://fan.example/', findings: [{ url: 'https://tokcoins.top/' }] } });
    const ninetyNine = await handleScamRequest({ type: 'scam/tab-warnings', tabId: 99 }, fromExtensionPage());
    expect(ninetyNine).toMatchObject({ ok: true, warnings: { findings: [] } });
  });

  it('refuses popup requests from content scripts and anything from other extensions', async () => {
    expect(await handleScamRequest({ type: 'scam/false-alarms' }, fromContentScript(1, 'https://evil.example/'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await handleScamRequest({ type: 'scam/lists' }, { id: 'someone-else', tab: { id: 1 } as never })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('answers a malformed message with a clear error instead of throwing', async () => {
    expect(await handleScamRequest({ type: 'scam/classify' }, fromExtensionPage())).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('records a false-alarm report once per idempotency key, for export', async () => {
    const report = { type: 'scam/report-false-alarm', url: 'https://tiktak.com/', verdict: 'suspicious', reasons: ['r'], idempotencyKey: 'report-0001' };
    await handleScamRequest(report, fromExtensionPage());
    await handleScamRequest(report, fromExtensionPage());
    const all = await handleScamRequest({ type: 'scam/false-alarms' }, fromExtensionPage());
    expect(all).toMatchObject({ ok: true, reports: [{ url: 'https://tiktak.com/', rulesVersion: BUNDLED_SCAM_RULES.version }] });
    if (all.ok && 'reports' in all) expect(all.reports).toHaveLength(1);
  });

  it('"I trust this site" stops a suspicious verdict, but not a known scam', async () => {
    await handleScamRequest({ type: 'scam/trust-site', url: 'https://www.tiktak.com/x' }, fromExtensionPage());
    await handleScamRequest({ type: 'scam/trust-site', url: 'https://tokcoins.top/' }, fromExtensionPage());
    const trusted = await handleScamRequest({ type: 'scam/classify', url: 'https://tiktak.com/' }, fromExtensionPage());
    expect(trusted).toMatchObject({ ok: true, classification: { verdict: 'unknown' } });
    const scam = await handleScamRequest({ type: 'scam/classify', url: 'https://tokcoins.top/' }, fromExtensionPage());
    expect(scam).toMatchObject({ ok: true, classification: { verdict: 'scam' } });
  });
});

describe('list updates from the configured URL', () => {
  const classify = (url: string) => handleScamRequest({ type: 'scam/classify', url }, fromExtensionPage());
  const newer = { ...BUNDLED_SCAM_RULES, version: BUNDLED_SCAM_RULES.version + 1, knownScamDomains: ['fresh-scam.example'] };

  it('does nothing while no update URL is set', async () => {
    expect(await updateRulesFromUrl(jsonResponse(newer))).toBeNull();
  });

  it('a newer valid list takes effect', async () => {
    await fakeBrowser.storage.local.set({ 'scam.updateUrl': 'https://lists.example/scam-rules.json' });
    expect(await updateRulesFromUrl(jsonResponse(newer))).toMatchObject({ accepted: true });
    expect(await classify('https://fresh-scam.example/')).toMatchObject({ classification: { verdict: 'scam' } });
  });

  it('a broken, older or unreachable update leaves the good list in force', async () => {
    await fakeBrowser.storage.local.set({ 'scam.updateUrl': 'https://lists.example/scam-rules.json' });
    await updateRulesFromUrl(jsonResponse(newer));
    const broken = { ...newer, version: newer.version + 1, officialDomains: [] };
    expect(await updateRulesFromUrl(jsonResponse(broken))).toMatchObject({ accepted: false });
    expect(await updateRulesFromUrl(jsonResponse({ ...BUNDLED_SCAM_RULES, knownScamDomains: [] }))).toMatchObject({ accepted: false });
    expect(await updateRulesFromUrl(jsonResponse('oops', 500))).toMatchObject({ accepted: false, code: 'http-status', status: 500, reason: expect.stringContaining('500') });
    const failing = (async () => {
      throw new TypeError('offline');
    }) as unknown as typeof fetch;
    expect(await updateRulesFromUrl(failing)).toMatchObject({ accepted: false, code: 'unreachable' });
    expect(await classify('https://fresh-scam.example/')).toMatchObject({ classification: { verdict: 'scam' } });
  });
});

describe('the update URL setting', () => {
  it('accepts only https addresses and reports the list version in force', async () => {
    const refused = await handleScamRequest({ type: 'scam/set-update-url', url: 'http://lists.example/x.json' }, fromExtensionPage());
    expect(refused).toMatchObject({ ok: false, code: 'invalid-request' });
    const off = await handleScamRequest({ type: 'scam/set-update-url', url: null }, fromExtensionPage());
    expect(off).toMatchObject({ ok: true, version: BUNDLED_SCAM_RULES.version, outcome: { code: 'off', text: 'List updates are off.' } });
    expect(await handleScamRequest({ type: 'scam/list-status' }, fromExtensionPage())).toEqual({
      ok: true,
      version: BUNDLED_SCAM_RULES.version,
      updateUrl: null,
    });
  });
});
