import type { Gift } from '@core';
import { isImageIcon } from '../catalog/gift-icon';
import type { Translator } from '../i18n/locale';

interface GiftButtonProps {
  gift: Gift;
  i18n: Translator;
  /** The viewer cannot pay for one tap at the picked quantity. */
  short: boolean;
  /** Bundled art for a default gift, shown instead of its emoji. */
  art: string | null;
  onTap: (giftId: string) => void;
}

/** One gift: its accessible name says its name, its price in coins and its tier. Catalog strings are text only. */
export function GiftButton({ gift, i18n, short, art, onTap }: GiftButtonProps) {
  const price = i18n.coins(gift.coins);
  const tier = i18n.t.tiers[gift.tier];
  return (
    <button
      type="button"
      class={`gift tier-${gift.tier}${short ? ' short' : ''}`}
      part={`gift gift-${gift.tier}`}
      aria-label={`${gift.name}, ${price}, ${tier}`}
      onClick={() => onTap(gift.id)}
    >
      {art || isImageIcon(gift.icon) ? (
        <img class="icon" part="gift-icon" src={art ?? gift.icon} alt="" width={32} height={32} loading="lazy" referrerpolicy="no-referrer" />
      ) : (
        <span class="icon" part="gift-icon" aria-hidden="true">
          {gift.icon}
        </span>
      )}
      <span class="name" part="gift-name">
        {gift.name}
      </span>
      <span class="price" part="gift-price">
        {price}
      </span>
      <span class="tier" part="gift-tier">
        {tier}
      </span>
    </button>
  );
}
