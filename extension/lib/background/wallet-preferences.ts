import { isRegion, priceListFor, REGIONS } from '@core';
import type { WalletSettings } from '@core/messages';
import type { KeyValueStore } from '../platform/key-value-store';
import { ReplyError } from './reply-error';
import type { BackgroundWalletService } from './background-wallet-service';

const REGION_KEY = 'settings.region';
const NOTIFY_KEY = 'parental.notifyOnLimit';

/** The viewer's choices that are not wallet records: region (price list) and the parents' notification switch. */
export class WalletPreferences {
  constructor(
    private readonly store: KeyValueStore,
    /** Used until the viewer picks a region: the browser's region when coins are sold there. */
    private readonly defaultRegion: string,
  ) {}

  async region(): Promise<{ region: string; currency: string }> {
    const stored = await this.store.get(REGION_KEY);
    const region = typeof stored === 'string' && isRegion(stored) ? stored : isRegion(this.defaultRegion) ? this.defaultRegion : 'US';
    return { region, currency: priceListFor(region)!.currency };
  }

  async setRegion(region: string): Promise<void> {
    if (!isRegion(region)) throw new ReplyError('invalid-request', `Coins are not sold in region "${region}".`);
    await this.store.set(REGION_KEY, region);
  }

  async notifyOnLimit(): Promise<boolean> {
    const stored = await this.store.get(NOTIFY_KEY);
    return typeof stored === 'boolean' ? stored : true;
  }

  async setNotifyOnLimit(notify: boolean): Promise<void> {
    await this.store.set(NOTIFY_KEY, notify);
  }

  async settings(engine: Pick<BackgroundWalletService, 'getPolicy'>): Promise<WalletSettings> {
    const [{ region, currency }, policy] = await Promise.all([this.region(), engine.getPolicy()]);
    return {
      region,
      currency,
      monthlyBudgetCoins: policy.budget.monthlyGiftCoins,
      regions: REGIONS.map((code) => ({ region: code, currency: priceListFor(code)!.currency })),
    };
  }
}
