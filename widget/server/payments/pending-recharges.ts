import type { PaymentProvider } from '@core/ports';
import type { SqlDriver } from '@core/storage';
import { viewerWallet } from '../viewer-wallet';

/**
 * Asks the provider again about every viewer's unfinished recharges, so a delayed payment is credited
 * without the viewer doing anything, also after a restart. Each answer is applied exactly once by the core
 * (under the viewer's lock), so instances running this side by side do no harm. Returns how many changed.
 */
export async function settlePendingRecharges(driver: SqlDriver, payments: PaymentProvider): Promise<number> {
  const { rows } = await driver.query<{ viewer_id: string }>(
    `SELECT DISTINCT viewer_id FROM wallet_documents WHERE doc_table = 'recharges' AND state IN ('created', 'pending') LIMIT 1000`,
  );
  let changed = 0;
  for (const { viewer_id: id } of rows) {
    // The display name only labels gifts in the feed; a refresh posts none.
    changed += (await viewerWallet(driver, payments, { id, name: id }).service.refreshPending()).length;
  }
  return changed;
}

/** Runs `run` now and then every `intervalMs`, skipping a turn while one is still running; returns the stop function. */
export function settlePendingRechargesEvery(intervalMs: number, run: () => Promise<unknown>, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= run()
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
