/**
 * A state machine (a recharge, an approval request) was asked for a move its rules forbid, such as
 * settling a recharge that already failed. Thrown rather than ignored: a silent no-op could hide a
 * double credit or a lost refusal.
 */
export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  constructor(
    readonly machine: 'recharge' | 'approval',
    readonly from: string,
    readonly to: string,
    message: string,
  ) {
    super(message);
  }
}

export function isIllegalTransitionError(error: unknown): error is IllegalTransitionError {
  return error instanceof IllegalTransitionError;
}
