import { i18n } from '#i18n';
import { DEFAULT_GIFT_CATALOG, findGift } from '@core/gift-catalog';
import type { ActivityItem } from '@core/messages';
import { formatNumber } from './format';

/** "+700 coins", "−30 coins": the sign is part of what the viewer reads. */
export function signedCoins(coins: number): string {
  return coins < 0 ? `−${formatNumber(-coins)}` : `+${formatNumber(coins)}`;
}

/** The gift's name as the wallet's catalog calls it (the extension prices from that catalog), not its id. */
function giftName(giftId: string | undefined): string {
  if (giftId === undefined) return '';
  return findGift(DEFAULT_GIFT_CATALOG, giftId)?.name ?? giftId;
}

export function activityText(item: ActivityItem): string {
  switch (item.kind) {
    case 'recharge':
      return i18n.t('activity.recharge', Math.abs(item.coins), { coins: signedCoins(item.coins) });
    case 'gift':
      return i18n.t('activity.gift', Math.abs(item.coins), {
        coins: signedCoins(item.coins),
        gift: giftName(item.giftId),
        count: formatNumber(item.count ?? 1),
        creator: item.creator ?? '',
      });
    case 'reversal':
      return i18n.t('activity.reversal', Math.abs(item.coins), { coins: signedCoins(item.coins) });
  }
}
