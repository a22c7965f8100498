import { BRIDGE_ERROR } from '@core/bridge';
import type { GiftSendParams } from '@core/bridge/bridge-protocol';
import { findGift } from '@core/gift-catalog';
import type { Gift } from '@core';
import { refuse } from './bridge-refusal';
import type { ConsentQuestion } from './consent';
import type { ConfirmedGift, ConnectedSite, ConnectedSites } from './connected-sites';

export interface SpendRules {
  sites: ConnectedSites;
  /** The wallet's own catalog: the only source of prices (never the page). */
  catalog: readonly Gift[];
  /** Scopes a page's idempotency key to its site, so one site can never replay or block another's gift. */
  scopeKey: (origin: string, key: string) => Promise<string>;
  /** Asks the viewer in an extension window; one gift question per site at a time. */
  askViewer: (question: Extract<ConsentQuestion, { kind: 'gift' }>) => Promise<boolean>;
}

/** A page's gift that may go to the wallet, priced by the wallet, under its site-scoped key. */
export interface SpendPermit {
  gift: Gift;
  coins: number;
  site: ConnectedSite;
  /** The page's key scoped to its site: what the wallet applies once. */
  idempotencyKey: string;
  /** The gift exactly as the viewer confirmed it, or null when no confirmation was needed. */
  confirmed: ConfirmedGift | null;
}

/** The site as the viewer connected it; refused when it is not connected. */
export async function requireConnected(sites: ConnectedSites, origin: string): Promise<ConnectedSite> {
  const site = await sites.get(origin);
  if (!site) refuse(BRIDGE_ERROR.unauthorized, 'This site is not connected to the LiveGift wallet. Ask with wallet_connect first.');
  return site;
}

/**
 * Decides whether a web page may spend the viewer's coins on this gift: the site is connected, the
 * viewer tapped on the page just before, the wallet's price is not above the one the page showed, and
 * the viewer confirmed the gift in an extension window when it is the site's first or a large one.
 * Throws a bridge refusal otherwise. The wallet then checks coins, the budget and parental limits.
 */
export async function mayPageSpend(
  rules: SpendRules,
  { origin, params, gesture }: { origin: string; params: GiftSendParams; gesture: boolean },
): Promise<SpendPermit> {
  const site = await requireConnected(rules.sites, origin);
  if (!gesture) refuse(BRIDGE_ERROR.unauthorized, 'A gift needs a tap or a key press on the page just before it.');
  const gift = findGift(rules.catalog, params.giftId);
  if (!gift) refuse(BRIDGE_ERROR.invalidParams, `There is no gift "${params.giftId}" in the wallet's catalog.`);
  const coins = gift.coins * params.count;
  // The page priced the gift from its own catalog: the viewer tapped for that price, never for more.
  if (coins > params.maxCoins) {
    refuse(
      BRIDGE_ERROR.priceAboveShown,
      `${gift.name} ×${params.count} costs ${coins} coins in the wallet, more than the ${params.maxCoins} the page showed. Nothing was charged.`,
    );
  }
  const idempotencyKey = await rules.scopeKey(origin, params.idempotencyKey);
  const exactGift: ConfirmedGift = { scopedKey: idempotencyKey, giftId: gift.id, count: params.count, creator: params.creator, stream: params.stream, coins };
  const mustAsk = !site.firstGiftConfirmed || coins >= (await rules.sites.confirmAtCoins());
  // A retry of a gift the viewer confirmed and that went through (the worker restarted, an answer was lost) is not asked again.
  if (mustAsk && !(await rules.sites.wasConfirmed(exactGift))) {
    const yes = await rules.askViewer({ kind: 'gift', origin, gift: params, giftName: gift.name, coins });
    if (!yes) refuse(BRIDGE_ERROR.rejected, 'The viewer did not confirm this gift.');
  }
  return { gift, coins, site, idempotencyKey, confirmed: mustAsk ? exactGift : null };
}
