import { estimateCashOut, type CashOutPolicy } from '../gifts/cash-out';
import { PayoutError } from './payout-error';

/** The fewest diamonds whose cash value (estimateCashOut, rounded down) reaches the minimum payout. */
export function minimumPayoutDiamonds(policy: CashOutPolicy): number {
  const rate = BigInt(policy.minorUnitsPerThousandDiamonds);
  return Number((BigInt(policy.minimumMinor) * 1000n + rate - 1n) / rate);
}

/**
 * Whether a creator holding `balance` diamonds may ask to be paid for `diamonds` of them: worth at least the
 * minimum payout, and never more than they hold. Returns the refusal, or null when the request may go ahead.
 */
export function payoutRefusal(diamonds: number, balance: number, policy: CashOutPolicy): PayoutError | null {
  const estimate = estimateCashOut(diamonds, policy);
  if (!estimate.eligible) {
    return new PayoutError(
      'below-minimum-payout',
      `A payout must be worth at least the minimum (${policy.minimumMinor} ${policy.currency} minor units, ${minimumPayoutDiamonds(policy)} diamonds); ${diamonds} diamonds are worth ${estimate.estimateMinor}.`,
    );
  }
  if (diamonds > balance) {
    return new PayoutError('insufficient-diamonds', `You asked to be paid for ${diamonds} diamonds; you have ${balance}.`);
  }
  return null;
}
