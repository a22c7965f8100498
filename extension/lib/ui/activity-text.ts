import { i18n } from '#i18n';
import type { ActivityItem } from '../../../core/messages/wallet-views';
import { formatNumber } from './format';

/** "+700 coins", "−30 coins": the sign is part of what the viewer reads. */
export function signedCoins(coins: number): string {
  return coins < 0 ? `−${formatNumber(-coins)}` : `+${formatNumber(coins)}`;
}

export function activityText(item: ActivityItem): string {
  switch (item.kind) {
    case 'recharge':
      return i18n.t('activity.recharge', { coins: signedCoins(item.coins) });
    case 'gift':
      return i18n.t('activity.gift', {
        coins: signedCoins(item.coins),
        gift: item.giftId ?? '',
        count: formatNumber(item.count ?? 1),
        creator: item.creator ?? '',
      });
    case 'reversal':
      return i18n.t('activity.reversal', { coins: signedCoins(item.coins) });
  }
}
