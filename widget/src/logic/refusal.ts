import type { WalletRefusal } from '@core/ports';

/** Which limit stopped a gift or a recharge: the tray names it. */
export type LimitKind = 'budget' | 'parental' | 'recharges-locked';

export interface Refusal extends WalletRefusal {
  limit: LimitKind | null;
}

const LIMIT_BY_CODE: Record<string, LimitKind> = {
  'over-budget': 'budget',
  'over-parental-limit': 'parental',
  'recharges-locked': 'recharges-locked',
};

/** Reads a refusal from whatever a wallet threw: WalletError, a site's plain object, or a crash. */
export function readRefusal(error: unknown): Refusal {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : error.code;
    const approvalId =
      'approvalId' in error && typeof error.approvalId === 'string' ? { approvalId: error.approvalId } : {};
    return { code: error.code, message, ...approvalId, limit: LIMIT_BY_CODE[error.code] ?? null };
  }
  return { code: 'wallet-unavailable', message: 'The wallet did not answer. Check your balance before trying again.', limit: null };
}
