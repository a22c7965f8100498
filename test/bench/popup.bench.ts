import { cp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, extensionLaunchOptions } from '../chromium';
import { expect, test } from '../e2e/extension-fixtures';
import { OptionsPage } from '../e2e/pages/options-page';
import { signAsThisInstall } from '../e2e/signed-backups';
import { recordFigure } from './figures';
import { historyBackup } from './history-backup';

const RUNS = 9;
/** The baseline: an extension page of the same build that renders one static number and nothing else. */
const BASELINE_PAGE = 'bench-static-number.html';

/** A copy of the built extension, made fresh in this run, with the baseline page added beside the popup. */
async function extensionWithBaselinePage(): Promise<string> {
  const dir = join(tmpdir(), `livegift-popup-bench-${process.pid}/`);
  await rm(dir, { recursive: true, force: true });
  await cp(EXTENSION_DIR, dir, { recursive: true });
  await writeFile(
    join(dir, BASELINE_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LiveGift</title>' +
      '<script type="module" src="/bench-static-number.js"></script></head><body class="popup"><p data-testid="balance"></p></body></html>',
  );
  await writeFile(join(dir, 'bench-static-number.js'), `document.querySelector('[data-testid="balance"]').textContent = '7,000,000 coins';\n`);
  return dir;
}

async function launch(dir: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', extensionLaunchOptions(dir));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => true);
  // Noted by the page itself: the first moment its balance shows a number (the popup shows "Loading…" before).
  await context.addInitScript(() => {
    const shown = () => /\d/.test(document.querySelector('[data-testid="balance"]')?.textContent ?? '');
    new MutationObserver((_records, observer) => {
      if (!shown()) return;
      (window as unknown as { balanceShownAt: number }).balanceShownAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return { context, extensionId: new URL(worker.url()).host };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Navigation start to the balance on screen, by the page's own clock. */
async function openToBalance(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const ms = await (await page.waitForFunction(() => (window as unknown as { balanceShownAt?: number }).balanceShownAt)).jsonValue();
  await page.close();
  return ms!;
}

/** The popup and the baseline page, opened alternately RUNS times each after one uncounted open of both. */
async function popupAgainstBaseline(context: BrowserContext, extensionId: string) {
  const popup: number[] = [];
  const baseline: number[] = [];
  for (let run = -1; run < RUNS; run += 1) {
    const popupMs = await openToBalance(context, `chrome-extension://${extensionId}/popup.html`);
    const baselineMs = await openToBalance(context, `chrome-extension://${extensionId}/${BASELINE_PAGE}`);
    if (run < 0) continue;
    popup.push(popupMs);
    baseline.push(baselineMs);
  }
  return { popupMs: median(popup), baselineMs: median(baseline) };
}

async function record(id: string, label: string, { popupMs, baselineMs }: { popupMs: number; baselineMs: number }, about: string) {
  const how = `median of ${RUNS} alternating opens, navigation start to the balance shown (performance.now); baseline: an extension page of the same build rendering one static number, ${baselineMs.toFixed(1)} ms`;
  await recordFigure({ id, label: `Popup open to balance, ${label}`, value: Math.round(popupMs * 10) / 10, unit: 'ms', note: `${how}; ${about}` });
  await recordFigure({
    id: `${id}-ratio`,
    label: `Popup open to balance against a static extension page, ${label}`,
    value: Math.round((popupMs / baselineMs) * 100) / 100,
    unit: '× baseline',
    note: `${popupMs.toFixed(1)} ms ÷ ${baselineMs.toFixed(1)} ms, same browser and run; target ≤ 1.5×`,
  });
}

test('popup open to balance with an empty wallet, against a static extension page', async () => {
  const { context, extensionId } = await launch(await extensionWithBaselinePage());
  try {
    await record('10-popup-open-empty', 'empty wallet', await popupAgainstBaseline(context, extensionId), 'empty wallet');
  } finally {
    await context.close();
  }
});

test('popup open to balance with 100,000 history entries, against a static extension page', async () => {
  test.setTimeout(900_000);
  const { context, extensionId } = await launch(await extensionWithBaselinePage());
  try {
    const file = join(tmpdir(), `livegift-bench-${process.pid}.json`);
    const options = await OptionsPage.open(await context.newPage(), extensionId);
    await writeFile(file, await signAsThisInstall(options.page, historyBackup(100_000)));
    await options.page.getByLabel('Import backup').setInputFiles(file);
    await options.restoreConfirm().getByRole('button', { name: 'Restore backup' }).click({ timeout: 600_000 });
    await expect(options.page.getByTestId('import-result')).toHaveText('Backup restored. Your balance is 7,000,000 coins.', { timeout: 600_000 });
    await rm(file);
    await options.page.close();
    await record('11-popup-open-100k', '100,000 history entries', await popupAgainstBaseline(context, extensionId), 'the popup reads running totals and the 5 newest entries only');
  } finally {
    await context.close();
  }
});
