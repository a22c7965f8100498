/** Gifts at or above this many coins ask before they are sent, unless `confirm-above` says otherwise. */
export const DEFAULT_CONFIRM_ABOVE = 1000;

/** A whole, positive number of coins from an attribute, or null when absent or not one. */
export function parseCoinsAttribute(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  const coins = Number(value);
  return Number.isSafeInteger(coins) && coins > 0 ? coins : null;
}

export function parseConfirmAbove(value: string | null): number {
  return parseCoinsAttribute(value) ?? DEFAULT_CONFIRM_ABOVE;
}

/** At or above the threshold, a tap asks first: a slip of the finger must not spend a fortune. */
export function needsConfirmation(cost: number, confirmAbove: number): boolean {
  return cost >= confirmAbove;
}
