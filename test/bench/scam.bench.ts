import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { expect, test } from '@playwright/test';
import { classifyUrl } from '@core';
import { recordFigure } from './figures';

const corpus = JSON.parse(readFileSync(new URL('../fixtures/scam-url-corpus.json', import.meta.url), 'utf8')) as {
  categories: Record<string, [string, string][]>;
};
const CORPUS_URLS = Object.values(corpus.categories).flatMap((entries) => entries.map(([url]) => url));

test('scam-link classifications per second', () => {
  // Vary the path so nothing downstream could cache by whole address; the rules index is built once.
  const urls = Array.from({ length: 20_000 }, (_, i) => `${CORPUS_URLS[i % CORPUS_URLS.length]!.replace(/\/?$/, '')}/p${i}`);
  for (const url of urls.slice(0, 2_000)) classifyUrl(url); // warm-up
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < 2_000) {
    for (const url of urls) classifyUrl(url);
    done += urls.length;
  }
  const perSecond = Math.round(done / ((performance.now() - start) / 1000));
  expect(perSecond).toBeGreaterThan(0);
  return recordFigure({
    id: '10-scam-classify-rate',
    label: 'Scam-link classifications per second (Node, one core)',
    value: perSecond,
    unit: 'URLs/s',
    note: `classifyUrl over the ${CORPUS_URLS.length}-URL labelled corpus with varied paths, 2 s run; load average ${loadavg()[0]!.toFixed(1)}`,
  });
});
