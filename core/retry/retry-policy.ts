/**
 * How a request whose answer was lost is sent again. Every such request carries its idempotency key,
 * so a second try either applies it or returns the first result: never twice.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** The wait before try n + 1 is n times this. */
  readonly backoffMs: number;
}

/**
 * The one policy for a gift (or a tray's test recharge) whose answer was lost: the tray's retries of a
 * wallet that did not answer and the bridge content script's retries of a stopped background both use it.
 */
export const GIFT_RETRY_POLICY: RetryPolicy = { attempts: 4, backoffMs: 250 };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it succeeds, `isTransient` says an error is final, or the policy's tries run
 * out; the last error is thrown.
 */
export async function withRetries<T>(
  operation: () => Promise<T>,
  isTransient: (error: unknown) => boolean,
  policy: RetryPolicy = GIFT_RETRY_POLICY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error) || attempt >= policy.attempts) throw error;
      await wait(policy.backoffMs * attempt);
    }
  }
}
