/** The budget warns once this share of it is used. */
export const BUDGET_WARN_PERCENT = 80;

/** How much of the viewer's own monthly gifting budget is used, and whether that calls for the warning. */
export interface BudgetStatus {
  /** Whole percent, rounded down (79.9 % reads as 79 %); null when there is no budget. */
  usedPercent: number | null;
  /** At or above `BUDGET_WARN_PERCENT`. */
  warning: boolean;
}

/** Budget use in whole percent, rounded down, without floats: 79.9 % reads as 79 %. */
export function usedPercent(spentCoins: number, budgetCoins: number | null): number | null {
  if (budgetCoins === null) return null;
  if (budgetCoins === 0) return spentCoins > 0 ? 100 : 0;
  return Number((BigInt(Math.max(0, spentCoins)) * 100n) / BigInt(budgetCoins));
}

/**
 * The one place the budget warning is decided: the gift flow (after a gift) and the popup's budget meter
 * (coins spent this month) both ask here.
 */
export function budgetStatus(spentCoins: number, budgetCoins: number | null): BudgetStatus {
  const percent = usedPercent(spentCoins, budgetCoins);
  return { usedPercent: percent, warning: percent !== null && percent >= BUDGET_WARN_PERCENT };
}
