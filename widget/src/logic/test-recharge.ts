/**
 * The pack behind the recharge shortcut: the smallest one, as in core/coin-packs.ts (a unit test keeps them
 * equal). A copy, because importing the core's pack table would pull zod into the first-load code.
 */
export const SHORTCUT_PACK = { packId: 'pack-70', coins: 70, priceMinor: 99, currency: 'USD' } as const;
