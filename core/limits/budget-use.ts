/** Budget use in whole percent, rounded down, without floats: 79.9 % reads as 79 %. Null without a budget. */
export function usedPercent(spent: number, cap: number | null): number | null {
  if (cap === null) return null;
  if (cap === 0) return spent > 0 ? 100 : 0;
  return Number((BigInt(Math.max(0, spent)) * 100n) / BigInt(cap));
}
