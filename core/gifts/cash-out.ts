import { z } from 'zod';

/** What a creator's diamonds are worth in cash, and the smallest payout. */
export const cashOutPolicySchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Minor units paid per 1,000 diamonds (500 = $5.00 per 1,000, i.e. half a cent per diamond). */
  minorUnitsPerThousandDiamonds: z.number().int().positive(),
  minimumMinor: z.number().int().nonnegative(),
});
export type CashOutPolicy = z.infer<typeof cashOutPolicySchema>;

export const DEFAULT_CASH_OUT_POLICY: CashOutPolicy = Object.freeze({
  currency: 'USD',
  minorUnitsPerThousandDiamonds: 500,
  minimumMinor: 10_000,
});

export interface CashOutEstimate {
  diamonds: number;
  currency: string;
  /** Rounded down: the platform never promises a fraction of a cent it would not pay. */
  estimateMinor: number;
  minimumMinor: number;
  eligible: boolean;
  /** How much more value is needed before a payout is possible; 0 when eligible. */
  shortfallMinor: number;
}

export function estimateCashOut(diamonds: number, policy: CashOutPolicy = DEFAULT_CASH_OUT_POLICY): CashOutEstimate {
  const estimate = Number((BigInt(diamonds) * BigInt(policy.minorUnitsPerThousandDiamonds)) / 1000n);
  const eligible = estimate >= policy.minimumMinor;
  return {
    diamonds,
    currency: policy.currency,
    estimateMinor: estimate,
    minimumMinor: policy.minimumMinor,
    eligible,
    shortfallMinor: eligible ? 0 : policy.minimumMinor - estimate,
  };
}
