import { z } from 'zod';
import { canonicalJson } from '@core/ledger';
import type { KeyValueStore } from '../platform/key-value-store';

const SITES_KEY = 'bridge.connectedSites';
const CONFIRM_KEY = 'bridge.confirmAtCoins';
const CONFIRMED_GIFTS_KEY = 'bridge.confirmedGiftKeys';
/** Confirmed gift keys kept, newest last: enough to cover any retry in flight. */
const CONFIRMED_GIFTS_KEPT = 200;
/** Gifts costing at least this many coins are confirmed in an extension window, unless the viewer set another. */
export const DEFAULT_CONFIRM_AT_COINS = 1000;

const siteSchema = z.object({
  origin: z.string().min(1).max(2048),
  connectedAt: z.number().int(),
  /** The viewer confirmed this site's first gift; later ones below the threshold go without a window. */
  firstGiftConfirmed: z.boolean(),
});
export type ConnectedSite = z.infer<typeof siteSchema>;
const sitesSchema = z.record(z.string(), siteSchema);

/** What a confirmation is bound to: this key carrying this very gift, never another under the same key. */
export interface ConfirmedGift {
  scopedKey: string;
  giftId: string;
  count: number;
  creator: string;
  stream: string;
  coins: number;
}

/** The sites the viewer connected, by origin, kept in storage.local so a worker restart forgets nothing. */
export class ConnectedSites {
  constructor(private readonly store: KeyValueStore) {}

  private async all(): Promise<Record<string, ConnectedSite>> {
    const parsed = sitesSchema.safeParse((await this.store.get(SITES_KEY)) ?? {});
    // A damaged record connects nobody: the safe reading, and the viewer can connect again.
    return parsed.success ? parsed.data : {};
  }

  async list(): Promise<ConnectedSite[]> {
    return Object.values(await this.all()).sort((a, b) => a.origin.localeCompare(b.origin));
  }

  async get(origin: string): Promise<ConnectedSite | undefined> {
    return (await this.all())[origin];
  }

  async connect(origin: string, now: number): Promise<ConnectedSite> {
    const sites = await this.all();
    const site = sites[origin] ?? { origin, connectedAt: now, firstGiftConfirmed: false };
    await this.store.set(SITES_KEY, { ...sites, [origin]: site });
    return site;
  }

  async markFirstGiftConfirmed(origin: string): Promise<void> {
    const sites = await this.all();
    const site = sites[origin];
    if (site) await this.store.set(SITES_KEY, { ...sites, [origin]: { ...site, firstGiftConfirmed: true } });
  }

  /** True when the site was connected. */
  async disconnect(origin: string): Promise<boolean> {
    const sites = await this.all();
    if (!(origin in sites)) return false;
    const { [origin]: _removed, ...rest } = sites;
    await this.store.set(SITES_KEY, rest);
    return true;
  }

  /** A gift the viewer confirmed and that went through, exactly as confirmed: a retry of it is not asked again. */
  async wasConfirmed(gift: ConfirmedGift): Promise<boolean> {
    const stored = await this.store.get(CONFIRMED_GIFTS_KEY);
    return Array.isArray(stored) && stored.includes(canonicalJson(gift));
  }

  async rememberConfirmed(gift: ConfirmedGift): Promise<void> {
    const stored = await this.store.get(CONFIRMED_GIFTS_KEY);
    const kept = Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : [];
    await this.store.set(CONFIRMED_GIFTS_KEY, [...kept, canonicalJson(gift)].slice(-CONFIRMED_GIFTS_KEPT));
  }

  async confirmAtCoins(): Promise<number> {
    const stored = await this.store.get(CONFIRM_KEY);
    return typeof stored === 'number' && Number.isSafeInteger(stored) && stored >= 1 ? stored : DEFAULT_CONFIRM_AT_COINS;
  }

  async setConfirmAtCoins(coins: number): Promise<void> {
    await this.store.set(CONFIRM_KEY, coins);
  }
}
