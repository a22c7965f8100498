/** How many of a gift one tap sends; the picker offers these. */
export const QUANTITY_CHOICES: readonly number[] = [1, 5, 10, 99];

/** A picked quantity, or 1 when the value is not one of the choices (a tampered or stale form value). */
export function parseQuantity(value: unknown): number {
  const quantity = typeof value === 'number' ? value : Number(value);
  return QUANTITY_CHOICES.includes(quantity) ? quantity : 1;
}

/** The coins one tap costs: integers only, as all money. */
export function tapCost(giftCoins: number, quantity: number): number {
  return giftCoins * quantity;
}
