import { isIllegalTransitionError } from '../illegal-transition-error';
import { WalletError } from '../wallet-error';

/** A refusal decided inside a transaction that must still commit (an approval request was stored). */
export class Refusal {
  constructor(readonly error: WalletError) {}
}

/** Illegal state-machine moves become a refusal with a stable code, never an unexplained crash. */
export function asWalletError(error: unknown): unknown {
  return isIllegalTransitionError(error) ? new WalletError('invalid-request', error.message) : error;
}
