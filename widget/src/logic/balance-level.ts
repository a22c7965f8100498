/** Fewer coins than this many of the cheapest gift counts as a low balance. */
export const LOW_BALANCE_GIFTS = 10;

/** Low balance: the viewer can send only a few of the cheapest gift, so the recharge shortcut stands out. */
export function isLowBalance(balance: number | null, gifts: readonly { coins: number }[]): boolean {
  if (balance === null || gifts.length === 0) return false;
  const cheapest = Math.min(...gifts.map((gift) => gift.coins));
  return balance < cheapest * LOW_BALANCE_GIFTS;
}
