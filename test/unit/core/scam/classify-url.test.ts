import { describe, expect, it } from 'vitest';
import {
  BUNDLED_SCAM_RULES,
  MAX_LINKS_PER_VERDICT_REQUEST,
  MAX_VERSION_STEP,
  acceptRulesUpdate,
  classifyUrl,
  confusablesSkeleton,
  parseLink,
  rechargePageWarning,
  reportRulesUpdate,
  scamRequestSchema,
  type ScamRules,
} from '@core';

const rulesWith = (change: Partial<ScamRules>): ScamRules => ({ ...BUNDLED_SCAM_RULES, ...change });
/** The reasons as the plain English sentences a non-extension caller shows. */
const texts = (result: { reasons: { text: string }[] }): string[] => result.reasons.map((reason) => reason.text);

describe('reading a link the way the browser does', () => {
  it('sees through userinfo, upper case and trailing dots to the real host', () => {
    const link = parseLink('https://WWW.TikTok.com@Evil.Example../x')!;
    expect(link.host).toBe('evil.example');
    expect(link.userinfo).toBe('www.tiktok.com');
  });

  it('decodes punycode and spots raw IP numbers in any spelling', () => {
    expect(parseLink('https://xn--tktok-n2e.com/')!.unicodeHost).toBe('tіktok.com');
    expect(parseLink('http://0xc6.0x33.0x64.0x17/')!.ip).toBe('public');
    expect(parseLink('http://192.168.0.1/')!.ip).toBe('private');
  });

  it('ignores links that are not web pages', () => {
    expect(classifyUrl('mailto:help@tiktok.com')).toEqual({ verdict: 'unknown', reasons: [] });
    expect(classifyUrl('javascript:alert(1)').verdict).toBe('unknown');
    expect(classifyUrl('not a url').verdict).toBe('unknown');
  });
});

describe('the confusables skeleton', () => {
  it('maps Cyrillic, Greek and digit look-alikes onto the Latin letters they imitate', () => {
    expect(confusablesSkeleton('tіktоk')).toBe('tiktok');
    expect(confusablesSkeleton('tiktοk')).toBe('tiktok');
    expect(confusablesSkeleton('tikt0k')).toBe('tiktok');
    expect(confusablesSkeleton('ţiktók')).toBe('tiktok');
  });
});

describe('each rule on its own', () => {
  it('official domains and their sub-domains are official', () => {
    expect(classifyUrl('https://support.tiktok.com/coins').verdict).toBe('official');
  });

  it('a known scam domain is a scam, even on a sub-domain', () => {
    const result = classifyUrl('https://login.tokcoins.top/');
    expect(result.verdict).toBe('scam');
    expect(texts(result).join()).toContain('known scam');
    expect(result.reasons[0]).toMatchObject({ code: 'known-scam-domain', params: { domain: 'tokcoins.top' } });
  });

  it('a userinfo part that names the platform is a scam and the reason names the real host', () => {
    const result = classifyUrl('https://www.tiktok.com@evil.example/');
    expect(result.verdict).toBe('scam');
    expect(texts(result).join()).toContain('evil.example');
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'userinfo-poses-as-official', params: { shown: 'www.tiktok.com', host: 'evil.example' } }));
  });

  it('an IDN homograph of an official domain is a scam', () => {
    expect(classifyUrl('https://xn--tktok-n2e.com/').verdict).toBe('scam');
  });

  it('a lookalike within edit distance 1, on its own, is only suspicious', () => {
    const result = classifyUrl('https://tiktokk.com/');
    expect(result.verdict).toBe('suspicious');
    expect(texts(result).join()).toContain('looks like tiktok.com');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'lookalike-spelling', params: { host: 'tiktokk.com', official: 'tiktok.com' } })]);
  });

  it('the lookalike tolerance comes from the rules data', () => {
    expect(classifyUrl('https://tiktak.com/', { rules: rulesWith({ lookalikeTolerance: 0 }) }).verdict).toBe('unknown');
    expect(classifyUrl('https://tiktak.com/').verdict).toBe('suspicious');
  });

  it('a lure in the host is suspicious alone and a scam with the brand name', () => {
    expect(classifyUrl('https://cheap-coins.store/').verdict).toBe('suspicious');
    expect(classifyUrl('https://free-tiktok-coins.xyz/').verdict).toBe('scam');
  });

  it('a lure in a landing-page path counts, the same words in an article path do not', () => {
    expect(classifyUrl('https://promo.example/free-coins').verdict).toBe('suspicious');
    expect(classifyUrl('https://news.example/2024/05/01/free-coins-scam-explained').verdict).toBe('unknown');
    expect(classifyUrl('https://promo.example/free-coins-scam').verdict).toBe('unknown');
  });

  it('free hosting alone is fine, free hosting with a lure is a scam', () => {
    expect(classifyUrl('https://janedoe.github.io/').verdict).toBe('unknown');
    expect(classifyUrl('https://janedoe.github.io/free-coins').verdict).toBe('scam');
  });

  it('a raw public IP is suspicious, a private one (a router, a dev server) is not', () => {
    expect(classifyUrl('http://198.51.100.1/').verdict).toBe('suspicious');
    expect(classifyUrl('http://192.168.1.1/').verdict).toBe('unknown');
  });

  it('an official domain placed in front of another site is a scam', () => {
    expect(classifyUrl('https://www.tiktok.com.verify.example/').verdict).toBe('scam');
  });

  it('lure patterns come from the rules data', () => {
    const rules = rulesWith({ lurePatterns: [{ id: 'x', where: 'host', pattern: 'moon-gems', reason: 'Moon gems lure.' }] });
    expect(classifyUrl('https://moon-gems.example/', { rules })).toEqual({
      verdict: 'suspicious',
      reasons: [{ code: 'lure', params: { id: 'x', where: 'host' }, text: 'Moon gems lure.' }],
    });
    expect(classifyUrl('https://cheap-coins.store/', { rules }).verdict).toBe('unknown');
  });
});

describe('the viewer allowlist', () => {
  it('wins over heuristics', () => {
    const result = classifyUrl('https://tiktokk.com/free-coins', { allowlist: ['tiktokk.com'] });
    expect(result.verdict).toBe('unknown');
    expect(result.reasons).toEqual([{ code: 'trusted-by-viewer', params: { site: 'tiktokk.com' }, text: 'You chose to trust tiktokk.com.' }]);
  });

  it('never wins over a known scam domain', () => {
    expect(classifyUrl('https://tokcoins.top/', { allowlist: ['tokcoins.top'] }).verdict).toBe('scam');
  });
});

describe('list updates', () => {
  it('a newer valid list replaces the current one', () => {
    const outcome = acceptRulesUpdate(BUNDLED_SCAM_RULES, { ...BUNDLED_SCAM_RULES, version: 2, knownScamDomains: ['new-scam.example'] });
    expect(outcome.accepted).toBe(true);
    if (outcome.accepted) expect(classifyUrl('https://new-scam.example/', { rules: outcome.rules }).verdict).toBe('scam');
  });

  it('an equal or older version is ignored', () => {
    expect(acceptRulesUpdate(BUNDLED_SCAM_RULES, { ...BUNDLED_SCAM_RULES, version: 1 })).toMatchObject({ accepted: false });
  });

  it('what a check did is reported as a code with its numbers, plus the English sentence', () => {
    const current = { ...BUNDLED_SCAM_RULES, version: 4 };
    expect(reportRulesUpdate(acceptRulesUpdate(current, { ...BUNDLED_SCAM_RULES, version: 3 }))).toEqual({
      code: 'not-newer',
      numbers: { offered: 3, current: 4 },
      text: 'The update (version 3) is not newer than version 4.',
    });
    expect(reportRulesUpdate(acceptRulesUpdate(current, { ...BUNDLED_SCAM_RULES, version: 5 }))).toEqual({
      code: 'updated',
      numbers: { version: 5 },
      text: 'Updated to version 5.',
    });
    expect(reportRulesUpdate(acceptRulesUpdate(current, { version: 6 }))).toMatchObject({ code: 'invalid-list', numbers: {} });
    expect(reportRulesUpdate(null)).toEqual({ code: 'off', numbers: {}, text: 'List updates are off.' });
  });

  it('a broken list is refused with a reason, including an invalid regular expression', () => {
    const outcome = acceptRulesUpdate(BUNDLED_SCAM_RULES, {
      ...BUNDLED_SCAM_RULES,
      version: 9,
      lurePatterns: [{ id: 'bad', where: 'host', pattern: '(unclosed', reason: 'x' }],
    });
    expect(outcome).toMatchObject({ accepted: false });
    if (!outcome.accepted) expect(outcome.reason).toContain('RE2 syntax');
    expect(acceptRulesUpdate(BUNDLED_SCAM_RULES, 'not json at all')).toMatchObject({ accepted: false });
  });

  it('a lure a backtracking engine would choke on is refused, or costs no more than any other', () => {
    const hostile = (pattern: string) => ({
      ...BUNDLED_SCAM_RULES,
      version: 2,
      lurePatterns: [{ id: 'evil', where: 'path', pattern, reason: 'x' }],
    });
    // Backreferences and look-arounds have no linear-time matcher: refused.
    for (const pattern of ['(a+)\\1$', '^(?=.*coins).*$', '(?<!free)coins']) {
      expect(acceptRulesUpdate(BUNDLED_SCAM_RULES, hostile(pattern)), pattern).toMatchObject({ accepted: false, code: 'invalid-list' });
    }
    // Nested quantifiers are fine for RE2: it never backtracks. This took 50 s per link with RegExp.
    const outcome = acceptRulesUpdate(BUNDLED_SCAM_RULES, hostile('^((.|.)*)*!$'));
    expect(outcome).toMatchObject({ accepted: true });
    if (!outcome.accepted) return;
    const started = performance.now();
    const verdict = classifyUrl(`https://fan.example/${'a'.repeat(2000)}`, { rules: outcome.rules });
    expect(verdict.verdict).toBe('unknown');
    // Generous on a loaded machine: the backtracking engine needed tens of seconds here.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a list may move the version only a bounded step ahead, so a huge version cannot lock out later lists', () => {
    const far = acceptRulesUpdate(BUNDLED_SCAM_RULES, { ...BUNDLED_SCAM_RULES, version: Number.MAX_SAFE_INTEGER });
    expect(far).toMatchObject({ accepted: false, code: 'version-jump', offered: Number.MAX_SAFE_INTEGER, current: BUNDLED_SCAM_RULES.version });
    expect(acceptRulesUpdate(BUNDLED_SCAM_RULES, { ...BUNDLED_SCAM_RULES, version: BUNDLED_SCAM_RULES.version + MAX_VERSION_STEP })).toMatchObject({ accepted: true });
    expect(reportRulesUpdate(far)).toMatchObject({ code: 'version-jump', numbers: { offered: Number.MAX_SAFE_INTEGER, current: BUNDLED_SCAM_RULES.version } });
  });
});

describe('the recharge-page check', () => {
  const page = { url: 'https://coins-shop.example/', title: 'Recharge', text: '', hasPasswordField: false, hasPaymentField: false };

  it('warns on a coin recharge page that is not official', () => {
    const warning = rechargePageWarning({ ...page, text: 'Recharge your coins now: 7000 coins for $49.99' });
    expect(warning).toMatchObject({ code: 'recharge-page', params: { platform: 'TikTok' } });
    expect(warning?.text).toContain('Recharge coins only on official paths');
  });

  it('warns on a TikTok login form off the official domain', () => {
    const warning = rechargePageWarning({ ...page, title: 'TikTok - Log in', hasPasswordField: true });
    expect(warning).toMatchObject({ code: 'login-page', params: { platform: 'TikTok' } });
    expect(warning?.text).toContain('password');
  });

  it('stays quiet on the official recharge page and on ordinary login forms', () => {
    expect(rechargePageWarning({ ...page, url: 'https://www.tiktok.com/coin', text: 'Recharge 70 coins' })).toBeNull();
    expect(rechargePageWarning({ ...page, title: 'My bank - Log in', hasPasswordField: true })).toBeNull();
  });
});

describe('scam messages', () => {
  it('a content script\'s request cannot name a tab: the background takes it from the sender', () => {
    const parsed = scamRequestSchema.parse({ type: 'scam/verdicts', urls: ['https://x.example/'], tabId: 7 });
    expect(parsed).not.toHaveProperty('tabId');
  });

  it('refuses a verdict request over the batch limit, or with something that is not an address', () => {
    const urls = Array.from({ length: MAX_LINKS_PER_VERDICT_REQUEST + 1 }, (_, i) => `https://x.example/${i}`);
    expect(scamRequestSchema.safeParse({ type: 'scam/verdicts', urls }).success).toBe(false);
    expect(scamRequestSchema.safeParse({ type: 'scam/verdicts', urls: [''] }).success).toBe(false);
  });
});
