import { GIFTS_WITH_ART } from '../src/catalog/default-gift-art';

/** The gift's drawn art from the gift server (/widget/art), or its emoji; decorative (the name is beside it). */
export function GiftPicture({ giftId, icon, className }: { giftId: string; icon: string; className: string }) {
  if (GIFTS_WITH_ART.has(giftId)) return <img class={className} src={`/widget/art/${giftId}.svg`} alt="" />;
  return (
    <span class={className} aria-hidden="true">
      {icon}
    </span>
  );
}
