import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_SCAM_RULES,
  classifyUrl,
  rechargePageWarning,
  scamReasonCodeSchema,
  type ScamReason,
  type ScamRules,
} from '@core';
import { LURE_KEYS, REASON_KEYS, reasonMessage } from '../../../../../extension/lib/scam/reason-message';
import { splitAtMark, VALUE_MARK } from '../../../../../extension/lib/ui/split-at-mark';
import { loadCatalog, say as sayIn, type Catalog } from '../../../support/locale-catalogs';

const catalogs: Record<'en' | 'es', Catalog> = { en: new Map(), es: new Map() };

beforeAll(async () => {
  catalogs.en = await loadCatalog('en');
  catalogs.es = await loadCatalog('es');
});

const say = (locale: 'en' | 'es', key: string, params: Record<string, string>) => sayIn(catalogs[locale], key, params);

const corpus = JSON.parse(readFileSync(new URL('../../../../fixtures/scam-url-corpus.json', import.meta.url), 'utf8')) as {
  categories: Record<string, [string, string][]>;
};
const page = { url: 'https://coins-shop.example/', title: 'Recharge', text: '', hasPasswordField: false, hasPaymentField: false };
const everyReason: ScamReason[] = [
  ...Object.values(corpus.categories).flatMap((entries) => entries.flatMap(([url]) => classifyUrl(url).reasons)),
  ...classifyUrl('https://tiktokk.com/', { allowlist: ['tiktokk.com'] }).reasons,
  rechargePageWarning({ ...page, text: 'Recharge your coins now: 7000 coins for $49.99' })!,
  rechargePageWarning({ ...page, title: 'TikTok - Log in', hasPasswordField: true })!,
];

describe('scam-link reasons in the viewer’s language', () => {
  it('every reason code has an English and a Spanish sentence with the same placeholders', () => {
    const keys = [...Object.values(REASON_KEYS), ...Object.values(LURE_KEYS)];
    expect(Object.keys(REASON_KEYS).sort()).toEqual(scamReasonCodeSchema.options.filter((code) => code !== 'lure').sort());
    for (const key of keys) {
      const en = catalogs.en.get(key);
      const es = catalogs.es.get(key);
      expect(en, key).toBeDefined();
      expect(es, key).toBeDefined();
      expect([...es!.namedSubstitutions].sort(), key).toEqual([...en!.namedSubstitutions].sort());
    }
  });

  it('the English sentence for each reason the corpus produces is exactly the core’s English text, and Spanish fills every placeholder', () => {
    expect(new Set(everyReason.map((reason) => reason.code)).size).toBeGreaterThanOrEqual(10);
    for (const reason of everyReason) {
      const message = reasonMessage(reason);
      if (!('key' in message)) throw new Error(`bundled reason ${reason.code} has no sentence: ${reason.text}`);
      expect(say('en', message.key, message.params)).toBe(reason.text);
      const spanish = say('es', message.key, message.params);
      expect(spanish).not.toMatch(/\{\w+\}/);
      expect(spanish).not.toBe(reason.text);
    }
  });

  it('a lure rule that came with a list update, or rewords a bundled one, keeps the list’s own sentence', () => {
    const rules: ScamRules = {
      ...BUNDLED_SCAM_RULES,
      lurePatterns: [
        { id: 'moon-gems', where: 'host', pattern: 'moon-gems', reason: 'Moon gems are a lure.' },
        { id: 'free-coins-host', where: 'host', pattern: 'star-coins', reason: 'Star coins do not exist.' },
      ],
    };
    const [moon] = classifyUrl('https://moon-gems.example/', { rules }).reasons;
    const [star] = classifyUrl('https://star-coins.example/', { rules }).reasons;
    expect(reasonMessage(moon!)).toEqual({ text: 'Moon gems are a lure.' });
    expect(reasonMessage(star!)).toEqual({ text: 'Star coins do not exist.' });
    const [bundled] = classifyUrl('https://cheap-coins.store/').reasons;
    expect(reasonMessage(bundled!)).toMatchObject({ key: 'scam.lure.freeCoinsHost' });
  });

  it('every scam-section string exists in both languages', () => {
    const scamKeys = (catalog: Catalog) => [...catalog.keys()].filter((key) => key.startsWith('scam.')).sort();
    expect(scamKeys(catalogs.es)).toEqual(scamKeys(catalogs.en));
    for (const key of scamKeys(catalogs.en)) {
      expect([...catalogs.es.get(key)!.namedSubstitutions].sort(), key).toEqual([...catalogs.en.get(key)!.namedSubstitutions].sort());
    }
  });
});

describe('a value set apart inside a translated sentence', () => {
  it('splits the sentence where the value goes, wherever the language puts it', () => {
    expect(splitAtMark(`You were about to open ${VALUE_MARK}.`)).toEqual(['You were about to open ', '.']);
    expect(splitAtMark(`${VALUE_MARK} is blocked`)).toEqual(['', ' is blocked']);
  });

  it('keeps the whole sentence before the value when a translation left the placeholder out', () => {
    expect(splitAtMark('No placeholder here.')).toEqual(['No placeholder here.', '']);
  });
});
