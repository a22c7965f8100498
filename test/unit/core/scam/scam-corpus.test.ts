import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyUrl, isFlagged, scamVerdictSchema, type ScamVerdict } from '@core';

const corpusSchema = z.object({
  categories: z.record(z.string(), z.array(z.tuple([z.string(), scamVerdictSchema]))),
});
const corpus = corpusSchema.parse(
  JSON.parse(readFileSync(new URL('../../../fixtures/scam-url-corpus.json', import.meta.url), 'utf8')),
);

interface Labelled {
  category: string;
  url: string;
  expected: ScamVerdict;
  actual: ScamVerdict;
}
const results: Labelled[] = Object.entries(corpus.categories).flatMap(([category, entries]) =>
  entries.map(([url, expected]) => ({ category, url, expected, actual: classifyUrl(url).verdict })),
);
/** The pages a viewer must be able to use without a warning. */
const harmless = (verdict: ScamVerdict) => !isFlagged(verdict);
const NEGATIVE_CATEGORIES = ['official', 'clean-mentions'];

describe('the labelled corpus of links', () => {
  it('holds at least 150 labelled URLs', () => {
    expect(results.length).toBeGreaterThanOrEqual(150);
  });

  // Per category: recall = share of its URLs given their labelled verdict; precision = among every URL the
  // classifier gave that category's verdict to, the share labelled so (within this category and the clean ones).
  for (const category of Object.keys(corpus.categories)) {
    it(`classifies the "${category}" links with precision and recall of at least 0.9`, () => {
      const own = results.filter((r) => r.category === category);
      const pool = results.filter((r) => r.category === category || NEGATIVE_CATEGORIES.includes(r.category));
      const misses = own.filter((r) => r.actual !== r.expected);
      const recall = (own.length - misses.length) / own.length;
      let truePositives = 0;
      let predicted = 0;
      for (const verdict of new Set(own.map((r) => r.expected))) {
        predicted += pool.filter((r) => r.actual === verdict).length;
        truePositives += pool.filter((r) => r.actual === verdict && r.expected === verdict).length;
      }
      const precision = predicted === 0 ? 1 : truePositives / predicted;
      expect(recall, `misses: ${misses.map((r) => `${r.url} → ${r.actual} (want ${r.expected})`).join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(precision, `precision of ${category}`).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('never warns on an official link and flags no scam link as harmless', () => {
    const officialFlagged = results.filter((r) => r.category === 'official' && r.actual !== 'official');
    const scamsMissed = results.filter((r) => r.expected === 'scam' && harmless(r.actual));
    expect(officialFlagged.map((r) => r.url)).toEqual([]);
    expect(scamsMissed.map((r) => r.url)).toEqual([]);
  });

  it('does not warn on news, app-store listings or forum threads about coin scams', () => {
    const falseAlarms = results.filter((r) => r.category === 'clean-mentions' && r.expected === 'unknown' && isFlagged(r.actual));
    expect(falseAlarms.map((r) => r.url)).toEqual([]);
  });
});
