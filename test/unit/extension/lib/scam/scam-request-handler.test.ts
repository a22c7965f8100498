import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_SCAM_RULES, MAX_RULES_UPDATE_BYTES } from '@core';
import { loadCatalog, type Catalog } from '../../../support/locale-catalogs';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
// @wxt-dev/i18n reads the global `browser`.
vi.stubGlobal('browser', fakeBrowser);

const { handleScamRequest } = await import('../../../../../extension/lib/scam/scam-request-handler');
const { updateRulesFromUrl } = await import('../../../../../extension/lib/scam/rules-updater');
const { forgetCachedLists } = await import('../../../../../extension/lib/scam/verdict-service');

const EXTENSION_ORIGIN = 'chrome-extension://livegift-test/';
const fromContentScript = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, url });
const fromExtensionPage = () => ({ id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}popup.html` });

const jsonResponse = (body: unknown, status = 200) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

let english: Catalog = new Map();
beforeAll(async () => {
  english = await loadCatalog('en');
});

beforeEach(() => {
  fakeBrowser.reset();
  // The background words reasons and badges in the browser's language: here, the English catalog as built.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => {
    const message = english.get(name.replaceAll('_', '.'));
    return message?.type === 'simple' ? message.message : '';
  });
  // The background keeps the lists in memory; a reset storage is a fresh install.
  forgetCachedLists();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => EXTENSION_ORIGIN + path.replace(/^\//, ''));
});

describe('the background scam-link handler', () => {
  it('answers a page\'s links with its own verdicts and keeps the flagged ones under the sender\'s tab, whatever the message says', async () => {
    const request = { type: 'scam/verdicts', urls: ['https://tokcoins.top/', 'https://news.example/a', 'https://www.tiktok.com/coin'], tabId: 99 };
    const answer = await handleScamRequest(request, fromContentScript(7, 'https://fan.example/'));
    // Only the flagged link comes back, by its index in the request.
    expect(answer).toEqual({
      ok: true,
      flagged: [
        [
          0,
          {
            verdict: 'scam',
            trusted: false,
            // Worded here, so the content script draws the badge without the extension's strings.
            reasons: [{ text: 'tokcoins.top is on the list of known scam sites.' }],
            badge: {
              text: '⚠ scam?',
              title: 'LiveGift: this link looks like a scam.\ntokcoins.top is on the list of known scam sites.',
              label: 'LiveGift warning: likely scam link',
            },
          },
        ],
      ],
    });

    const seven = await handleScamRequest({ type: 'scam/tab-warnings', tabId: 7 }, fromExtensionPage());
    expect(seven).toMatchObject({ ok: true, warnings: { pageUrl: 'https://fan.example/', findings: [{ url: 'https://tokcoins.top/', verdict: 'scam' }] } });
    if (seven.ok && 'warnings' in seven) expect(seven.warnings.findings).toHaveLength(1);
    const ninetyNine = await handleScamRequest({ type: 'scam/tab-warnings', tabId: 99 }, fromExtensionPage());
    expect(ninetyNine).toMatchObject({ ok: true, warnings: { findings: [] } });
  });

  it('judges the page a content script is on by the sender\'s address, not the one the page gives', async () => {
    const signals = { url: 'https://www.tiktok.com/coin', title: 'Recharge', text: 'Buy 7000 coins for $49.99', hasPasswordField: false, hasPaymentField: true };
    const answer = await handleScamRequest({ type: 'scam/page-check', signals }, fromContentScript(3, 'https://coin-deals.example/recharge'));
    expect(answer).toMatchObject({ ok: true, warning: { key: 'scam.reason.rechargePage' } });
    expect(await handleScamRequest({ type: 'scam/tab-warnings', tabId: 3 }, fromExtensionPage())).toMatchObject({
      warnings: { pageUrl: 'https://coin-deals.example/recharge', pageWarning: { code: 'recharge-page' } },
    });
  });

  it('refuses popup requests from content scripts and anything from other extensions', async () => {
    expect(await handleScamRequest({ type: 'scam/false-alarms' }, fromContentScript(1, 'https://evil.example/'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await handleScamRequest({ type: 'scam/verdicts', urls: ['https://x.example/'] }, { id: 'someone-else', tab: { id: 1 } as never })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await handleScamRequest({ type: 'scam/warned', url: 'https://tokcoins.top/' }, fromExtensionPage())).toMatchObject({ ok: false, code: 'forbidden' });
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

describe('"Open anyway" from a page', () => {
  const scam = 'https://tokcoins.top/claim';
  const sessionTrusted = async () => (await fakeBrowser.storage.session.get('scam.sessionTrusted'))['scam.sessionTrusted'] ?? [];
  const guardStops = async (url: string) =>
    (await handleScamRequest({ type: 'scam/classify', url }, fromExtensionPage())).ok &&
    (await import('../../../../../extension/lib/scam/verdict-service')).isTrustedForSession(url).then((trusted) => !trusted);

  it('a forged "trust this" for a link the tab was never warned about trusts nothing', async () => {
    const forged = await handleScamRequest({ type: 'scam/trust-for-session', url: scam }, fromContentScript(4, 'https://fan.example/'));
    expect(forged).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await sessionTrusted()).toEqual([]);
    expect(await guardStops(scam)).toBe(true);
  });

  it('trusts only the link the viewer was warned about, in that tab, once', async () => {
    expect(await handleScamRequest({ type: 'scam/warned', url: scam }, fromContentScript(4, 'https://fan.example/'))).toEqual({ ok: true });
    // Another tab, or another scam site, does not ride on that warning.
    const otherTab = await handleScamRequest({ type: 'scam/trust-for-session', url: scam }, fromContentScript(5, 'https://fan.example/'));
    expect(otherTab).toMatchObject({ ok: false, code: 'forbidden' });
    const otherLink = await handleScamRequest({ type: 'scam/trust-for-session', url: 'https://freetiktokcoins.site/' }, fromContentScript(4, 'https://fan.example/'));
    expect(otherLink).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await sessionTrusted()).toEqual([]);

    expect(await handleScamRequest({ type: 'scam/warned', url: scam }, fromContentScript(4, 'https://fan.example/'))).toEqual({ ok: true });
    expect(await handleScamRequest({ type: 'scam/trust-for-session', url: scam }, fromContentScript(4, 'https://fan.example/'))).toEqual({ ok: true });
    expect(await sessionTrusted()).toEqual(['tokcoins.top']);
    expect(await guardStops(scam)).toBe(false);
  });

  it('a page cannot be "warned" about a link that is not flagged, to get it trusted', async () => {
    expect(await handleScamRequest({ type: 'scam/warned', url: 'https://news.example/' }, fromContentScript(4, 'https://fan.example/'))).toMatchObject({ ok: false, code: 'not-flagged' });
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

describe('hostile update lists', () => {
  const URL_A = 'https://lists.example/scam-rules.json';
  const classify = (url: string) => handleScamRequest({ type: 'scam/classify', url }, fromExtensionPage());
  const version = async () => (await handleScamRequest({ type: 'scam/list-status' }, fromExtensionPage())) as { version: number };
  const newer = { ...BUNDLED_SCAM_RULES, version: BUNDLED_SCAM_RULES.version + 1, knownScamDomains: ['fresh-scam.example'] };
  const streamed = (bytes: number) =>
    (async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            for (let sent = 0; sent < bytes; sent += 65_536) controller.enqueue(new Uint8Array(65_536).fill(32));
            controller.close();
          },
        }),
      )) as unknown as typeof fetch;

  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ 'scam.updateUrl': URL_A });
  });

  it('a list whose lure would freeze every tab is refused and the list in force stays', async () => {
    const evil = { ...newer, lurePatterns: [{ id: 'evil', where: 'host', pattern: '^(a+)+\\1$', reason: 'x' }] };
    expect(await updateRulesFromUrl(jsonResponse(evil))).toMatchObject({ accepted: false, code: 'invalid-list' });
    expect((await version()).version).toBe(BUNDLED_SCAM_RULES.version);
  });

  it('an answer over the size cap is refused, whether it says so or not', async () => {
    const declared = (async () =>
      new Response('{}', { headers: { 'content-length': String(MAX_RULES_UPDATE_BYTES + 1) } })) as unknown as typeof fetch;
    expect(await updateRulesFromUrl(declared)).toMatchObject({ accepted: false, code: 'too-large' });
    expect(await updateRulesFromUrl(streamed(MAX_RULES_UPDATE_BYTES + 65_536))).toMatchObject({ accepted: false, code: 'too-large' });
    expect((await version()).version).toBe(BUNDLED_SCAM_RULES.version);
  });

  it('a list numbered 9007199254740991 is refused, so later lists still get in', async () => {
    const huge = { ...newer, version: Number.MAX_SAFE_INTEGER };
    expect(await updateRulesFromUrl(jsonResponse(huge))).toMatchObject({ accepted: false, code: 'version-jump' });
    expect(await updateRulesFromUrl(jsonResponse(newer))).toMatchObject({ accepted: true });
    expect((await version()).version).toBe(newer.version);
  });

  it('clearing or changing the update URL, or "reset", puts the bundled list back in force', async () => {
    const setUrl = (url: string | null) => handleScamRequest({ type: 'scam/set-update-url', url }, fromExtensionPage());
    await updateRulesFromUrl(jsonResponse(newer));
    expect(await classify('https://fresh-scam.example/')).toMatchObject({ classification: { verdict: 'scam' } });
    expect(await setUrl(null)).toMatchObject({ ok: true, version: BUNDLED_SCAM_RULES.version, outcome: { code: 'off' } });
    expect(await classify('https://fresh-scam.example/')).toMatchObject({ classification: { verdict: 'unknown' } });

    await fakeBrowser.storage.local.set({ 'scam.updateUrl': URL_A });
    await updateRulesFromUrl(jsonResponse(newer));
    expect((await version()).version).toBe(newer.version);
    const reset = await handleScamRequest({ type: 'scam/reset-list' }, fromExtensionPage());
    expect(reset).toMatchObject({ ok: true, version: BUNDLED_SCAM_RULES.version, outcome: { code: 'reset' } });
    expect(await handleScamRequest({ type: 'scam/list-status' }, fromExtensionPage())).toEqual({ ok: true, version: BUNDLED_SCAM_RULES.version, updateUrl: null });
    expect(await classify('https://fresh-scam.example/')).toMatchObject({ classification: { verdict: 'unknown' } });
  });

  it('only the options page may reset the list', async () => {
    expect(await handleScamRequest({ type: 'scam/reset-list' }, fromContentScript(2, 'https://evil.example/'))).toMatchObject({ ok: false, code: 'forbidden' });
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
