import { cp, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, EXTENSION_DIR, extensionLaunchOptions } from '../chromium';
import { BENCH_DIR, recordFigure } from './figures';

/**
 * What the extension costs every page a viewer opens, scripts' whole cost included (evaluation, heap, load
 * event). Four browsers side by side in one run: no extension, the built extension with its content scripts
 * emptied (the floor any content script costs), the same with only the scam-link script kept, and the built
 * extension; loads alternate between them.
 */

const LOADS = Number(process.env.PAGE_COST_LOADS ?? 15);
const EMPTY_DIR = `${BENCH_DIR}empty-content-scripts/`;
/** The scam-link content script alone (the others emptied): this feature's share of the cost. */
const SCAM_ONLY_DIR = `${BENCH_DIR}scam-content-script-only/`;
const SCAM_SCRIPT = 'scam-links.js';
type Variant = 'none' | 'empty' | 'scam' | 'extension';
/** The 1-minute load average, and how many cores share it: the figures below are only as good as the machine was quiet. */
const load = () => `${loadavg()[0]!.toFixed(1)} (${cpus().length} cores)`;

/** A page of `count` distinct links; every 50th looks like a coin scam, so badges get drawn too. */
function linksPage(count: number): string {
  const links = Array.from({ length: count }, (_, i) =>
    i % 50 === 0
      ? `<li><a href="https://free-tiktok-coins-${i}.test/claim">claim ${i}</a></li>`
      : `<li><a href="https://site-${i % 700}.test/articles/${i}">article ${i}</a></li>`,
  ).join('');
  // Registered before the links are parsed: sees every long task, the first idle time after load, and every
  // element put right after a link (a badge host; what is inside is closed to the page, its arrival is not).
  return `<!doctype html><html><head><title>${count} links</title><script>
    window.bench = { longTasks: [], badges: [], idleAt: null };
    new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.previousSibling && n.previousSibling.tagName === 'A') bench.badges.push(performance.now()); })
      .observe(document, { childList: true, subtree: true });
    addEventListener('load', () => requestIdleCallback(() => { bench.idleAt = performance.now(); }));
  </script></head><body><ul>${links}</ul></body></html>`;
}

/** A copy of the built extension with every content script but `keep` replaced by an empty file, made fresh in this run. */
async function copyWithEmptyContentScripts(dir: string, keep: string | null): Promise<string[]> {
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(`${dir}manifest.json`, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const scripts = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  for (const script of scripts) if (script !== keep) await writeFile(`${dir}${script}`, '');
  return scripts;
}
const DIRS: Record<Exclude<Variant, 'none'>, string> = { empty: EMPTY_DIR, scam: SCAM_ONLY_DIR, extension: EXTENSION_DIR };

async function launch(variant: Variant): Promise<BrowserContext> {
  const context =
    variant === 'none'
      ? await chromium.launchPersistentContext('', { executablePath: CHROMIUM_PATH, channel: 'chromium', headless: true, args: CHROMIUM_ARGS })
      : await chromium.launchPersistentContext('', extensionLaunchOptions(DIRS[variant]));
  if (variant !== 'none') {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => true);
  }
  await context.route('https://bench.test/**', (route) => {
    const count = Number(new URL(route.request().url()).searchParams.get('links') ?? 20);
    return route.fulfill({ contentType: 'text/html', body: linksPage(count) });
  });
  return context;
}

interface LoadSample {
  loadEventMs: number;
  cpuMs: number;
  heapMb: number;
}

/** One load in a fresh tab: load event, main-thread busy time and JS heap (DevTools' Performance metrics) once settled. */
async function sampleLoad(context: BrowserContext, links: number): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`https://bench.test/page?links=${links}&r=${Math.random()}`);
    await page.waitForFunction(() => (window as unknown as { bench: { idleAt: number | null } }).bench.idleAt !== null);
    // Time for the content script's idle work and its round trip to the background to finish.
    await page.waitForTimeout(600);
    const loadEventMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { loadEventMs, cpuMs: metric('TaskDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1024 / 1024 };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fixed = (value: number, digits = 1) => value.toFixed(digits);

test.describe.configure({ mode: 'serial' });

let contexts: Record<Variant, BrowserContext>;
let emptied: string[] = [];

test.beforeAll(async () => {
  emptied = await copyWithEmptyContentScripts(EMPTY_DIR, null);
  await copyWithEmptyContentScripts(SCAM_ONLY_DIR, SCAM_SCRIPT);
  contexts = { none: await launch('none'), empty: await launch('empty'), scam: await launch('scam'), extension: await launch('extension') };
});

test.afterAll(async () => {
  await Promise.all(Object.values(contexts ?? {}).map((context) => context.close()));
});

test('content scripts, gzipped', async () => {
  expect(emptied.length).toBeGreaterThan(0);
  const sizes = await Promise.all(emptied.map(async (script) => [script, gzipSync(await readFile(`${EXTENSION_DIR}/${script}`), { level: 9 }).byteLength] as const));
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  await recordFigure({
    id: '13-content-scripts-gzip',
    label: 'Content scripts on every page, together, gzipped',
    value: total,
    unit: 'bytes',
    note: `every script the manifest runs in web pages: ${sizes.map(([script, bytes]) => `${script} ${bytes.toLocaleString('en-US')}`).join(', ')}; target ≤ 15,360 (15 KB); gzip -9 of the build, the same on any machine`,
  });
});

test(`a 20-link page: load event, main-thread CPU and JS heap against empty content scripts (${LOADS} alternating loads each)`, async () => {
  const samples: Record<Variant, LoadSample[]> = { none: [], empty: [], scam: [], extension: [] };
  const order: Variant[] = ['none', 'empty', 'scam', 'extension'];
  for (const variant of order) await sampleLoad(contexts[variant], 20); // warm-up, not counted
  const loadAtStart = load();
  for (let round = 0; round < LOADS; round++) {
    // Rotate who goes first, so no variant always follows the same one.
    for (let i = 0; i < order.length; i++) {
      const variant = order[(round + i) % order.length]!;
      samples[variant].push(await sampleLoad(contexts[variant], 20));
    }
  }
  const of = (variant: Variant, key: keyof LoadSample) => median(samples[variant].map((sample) => sample[key]));
  const runLoad = `load average ${loadAtStart} → ${load()}`;
  const base = `median of ${LOADS} alternating loads; no extension: load event ${fixed(of('none', 'loadEventMs'))} ms, CPU ${fixed(of('none', 'cpuMs'))} ms, heap ${fixed(of('none', 'heapMb'), 2)} MB; ${runLoad}`;
  await recordFigure({
    id: '14-page-load-event-ratio',
    label: '20-link page: load event, extension ÷ empty content scripts',
    value: Number((of('extension', 'loadEventMs') / of('empty', 'loadEventMs')).toFixed(3)),
    unit: '×',
    note: `extension ${fixed(of('extension', 'loadEventMs'))} ms, empty content scripts ${fixed(of('empty', 'loadEventMs'))} ms (target ≤ 1.15×); extension ÷ no extension ${fixed(of('extension', 'loadEventMs') / of('none', 'loadEventMs'), 3)}×; scam-link script alone ${fixed(of('scam', 'loadEventMs'))} ms (${fixed(of('scam', 'loadEventMs') / of('empty', 'loadEventMs'), 3)}×); ${base}`,
  });
  await recordFigure({
    id: '15-page-added-cpu',
    label: '20-link page: main-thread CPU added over empty content scripts',
    value: Number((of('extension', 'cpuMs') - of('empty', 'cpuMs')).toFixed(1)),
    unit: 'ms',
    note: `DevTools TaskDuration in thread time (CPU, not wall clock): extension ${fixed(of('extension', 'cpuMs'))} ms, empty ${fixed(of('empty', 'cpuMs'))} ms (target ≤ 5 ms); over no extension +${fixed(of('extension', 'cpuMs') - of('none', 'cpuMs'))} ms; scam-link script alone +${fixed(of('scam', 'cpuMs') - of('empty', 'cpuMs'))} ms; ${base}`,
  });
  await recordFigure({
    id: '16-page-added-heap',
    label: '20-link page: JS heap added over empty content scripts',
    value: Number((of('extension', 'heapMb') - of('empty', 'heapMb')).toFixed(2)),
    unit: 'MB',
    note: `JSHeapUsedSize: extension ${fixed(of('extension', 'heapMb'), 2)} MB, empty ${fixed(of('empty', 'heapMb'), 2)} MB (target ≤ 0.5 MB); over no extension +${fixed(of('extension', 'heapMb') - of('none', 'heapMb'), 2)} MB; scam-link script alone +${fixed(of('scam', 'heapMb') - of('empty', 'heapMb'), 2)} MB; ${base}`,
  });
});

interface ScanResult {
  idleAt: number;
  badges: number[];
  longTasks: { start: number; duration: number }[];
  domContentLoaded: number;
}

async function scanPage(context: BrowserContext, links: number, expectBadges: boolean): Promise<ScanResult> {
  const page: Page = await context.newPage();
  try {
    await page.goto(`https://bench.test/page?links=${links}`, { timeout: 120_000 });
    const flagged = Math.ceil(links / 50);
    await page.waitForFunction(
      ({ flagged, expectBadges }) => {
        const bench = (window as unknown as { bench: ScanResult }).bench;
        return bench.idleAt !== null && (!expectBadges || bench.badges.length >= flagged);
      },
      { flagged, expectBadges },
      { timeout: 120_000 },
    );
    // Long tasks after the last badge would still count: give the page a moment past it.
    await page.waitForTimeout(1000);
    return page.evaluate(() => {
      const bench = (window as unknown as { bench: ScanResult }).bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ...bench, domContentLoaded: nav.domContentLoadedEventEnd };
    });
  } finally {
    await page.close();
  }
}

/** Long tasks once the page is parsed (the content script runs at document_idle, after that): the longest, and how many. */
function longTasksAfterParse(result: ScanResult) {
  const tasks = result.longTasks.filter((task) => task.start >= result.domContentLoaded);
  return { longest: Math.round(Math.max(0, ...tasks.map((task) => task.duration))), count: tasks.length, fromNavigation: result.longTasks.length };
}

/** Loads of each long page per variant, alternating; their median is the figure and every one is printed. */
const SCAN_LOADS = Number(process.env.PAGE_SCAN_LOADS ?? 3);

for (const links of [2_000, 10_000]) {
  test(`a ${links.toLocaleString('en-US')}-link page: badges after idle, long tasks (${SCAN_LOADS} alternating loads each)`, async () => {
    const loadAtStart = load();
    const empty: ScanResult[] = [];
    const full: ScanResult[] = [];
    for (let round = 0; round < SCAN_LOADS; round++) {
      empty.push(await scanPage(contexts.empty, links, false));
      full.push(await scanPage(contexts.extension, links, true));
    }
    for (const result of full) expect(result.badges.length).toBe(Math.ceil(links / 50));
    const runLoad = `load average ${loadAtStart} → ${load()}`;
    const each = (values: number[]) => values.map((value) => Math.round(value)).join(' / ');
    const padded = String(links).padStart(5, '0');
    const afterIdle = full.map((result) => Math.max(0, Math.max(...result.badges) - result.idleAt));
    await recordFigure({
      id: `17-scam-${padded}-badges-after-idle`,
      label: `${links.toLocaleString('en-US')}-link page: last badge drawn, after the page's first idle time`,
      value: Math.round(median(afterIdle)),
      unit: 'ms',
      note: `median of ${SCAN_LOADS} loads (${each(afterIdle)} ms), ${Math.ceil(links / 50)} badges each; first idle after navigation ${each(full.map((result) => result.idleAt))} ms, empty content scripts ${each(empty.map((result) => result.idleAt))} ms; target ≤ 200 ms (2,000 links); ${runLoad}`,
    });
    const withExtension = full.map(longTasksAfterParse);
    const floor = empty.map(longTasksAfterParse);
    await recordFigure({
      id: `18-scam-${padded}-longest-task`,
      label: `${links.toLocaleString('en-US')}-link page: longest long task after parsing, with the extension`,
      value: Math.round(median(withExtension.map((tasks) => tasks.longest))),
      unit: 'ms',
      note: `median of ${SCAN_LOADS} loads; longest per load ${each(withExtension.map((tasks) => tasks.longest))} ms, long tasks > 50 ms ${each(withExtension.map((tasks) => tasks.count))} (0 = none); empty content scripts: longest ${each(floor.map((tasks) => tasks.longest))} ms, ${each(floor.map((tasks) => tasks.count))} long tasks; counted from navigation (parsing included, the document_start scripts' time too): extension ${each(withExtension.map((tasks) => tasks.fromNavigation))}, empty ${each(floor.map((tasks) => tasks.fromNavigation))}; target: none; wall-clock times, so a loaded machine lengthens them; ${runLoad}`,
    });
  });
}
