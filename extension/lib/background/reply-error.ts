import type { Failure, FailureCode } from '@core/messages';

/** A refusal a handler throws; the router turns it into a Failure reply. */
export class ReplyError extends Error {
  override readonly name = 'ReplyError';
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly extra: Omit<Failure, 'ok' | 'code' | 'message'> = {},
  ) {
    super(message);
  }
}
