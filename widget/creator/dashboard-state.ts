import { signal } from '@preact/signals';
import type { CreatorSummary, EarningsResponse, PayoutView } from '@core/messages';
import { creatorClient, type CreatorClient } from './creator-client';
import type { CreatorSession } from './session';

/** What the dashboard shows, as signals, and the one way to reload it from the server. */
export function dashboardState(session: CreatorSession) {
  const client: CreatorClient = creatorClient(session);
  const summary = signal<CreatorSummary | null>(null);
  const earnings = signal<EarningsResponse | null>(null);
  const payouts = signal<PayoutView[] | null>(null);
  const days = signal(30);
  const failed = signal(false);
  /** Gift id → "🦁 Lion"; an id the catalog no longer has shows as itself. */
  const giftNames = signal<ReadonlyMap<string, string>>(new Map());
  let catalogLoaded = false;
  async function refresh(): Promise<void> {
    try {
      if (!catalogLoaded) {
        giftNames.value = new Map((await client.catalog()).map((gift) => [gift.id, `${gift.icon} ${gift.name}`]));
        catalogLoaded = true;
      }
      const [nextSummary, nextEarnings, nextPayouts] = await Promise.all([client.summary(), client.earnings(days.value), client.payouts()]);
      summary.value = nextSummary;
      earnings.value = nextEarnings;
      payouts.value = nextPayouts;
      failed.value = false;
    } catch {
      failed.value = true;
    }
  }
  return { session, client, summary, earnings, payouts, days, failed, giftNames, refresh };
}
export type DashboardState = ReturnType<typeof dashboardState>;
