/** Why a wallet operation was refused. Stable codes: the UI and the bridge map them to messages. */
export type WalletErrorCode =
  | 'insufficient-coins'
  | 'unknown-pack'
  | 'unknown-gift'
  | 'invalid-request'
  | 'idempotency-conflict'
  | 'corrupt-record';

export class WalletError extends Error {
  override readonly name = 'WalletError';
  constructor(
    readonly code: WalletErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isWalletError(error: unknown): error is WalletError {
  return error instanceof WalletError;
}
