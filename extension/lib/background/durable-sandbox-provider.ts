import { z } from 'zod';
import { SandboxPaymentProvider, type Clock } from '@core';
import type { ChargeOutcome, ChargeRequest, PaymentProvider } from '@core/ports';
import type { KeyValueStore } from '../platform/key-value-store';

const LOG_KEY = 'sandbox.receivedPayments';

const loggedChargeSchema = z.object({
  receivedAt: z.number().int().nonnegative(),
  request: z.object({
    paymentId: z.string().min(1),
    amountMinor: z.number().int(),
    currency: z.string(),
    region: z.string(),
    instrument: z.object({ method: z.string(), token: z.string() }),
  }),
});
const logSchema = z.array(loggedChargeSchema);
type LoggedCharge = z.infer<typeof logSchema>[number];

/**
 * The sandbox stands in for a payment provider, which lives outside the browser and remembers every
 * payment. The core's sandbox keeps them in memory, which an MV3 service worker loses whenever the
 * browser stops it. This wrapper writes each charge request to storage BEFORE it reaches the sandbox and,
 * after a restart, replays the log at each charge's original time. The sandbox is deterministic, so the
 * replay gives the same payments: a delayed one still settles when it was due, and never twice.
 */
export class DurableSandboxProvider implements PaymentProvider {
  readonly mode = 'test' as const;
  readonly name: string;
  private readonly sandbox: SandboxPaymentProvider;
  /** Set while replaying: the sandbox sees the original time of the charge. */
  private replayingAt: number | null = null;
  private restored: Promise<void> | null = null;
  private appending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: Clock,
    settlementDelayMs: number,
  ) {
    this.sandbox = new SandboxPaymentProvider({ clock: { now: () => this.replayingAt ?? this.clock.now() }, settlementDelayMs });
    this.name = this.sandbox.name;
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    await this.restore();
    // Appends one at a time, so two charges at once cannot overwrite each other's log line.
    const logged = this.appending.then(async () => {
      const log = await this.readLog();
      if (!log.some((entry) => entry.request.paymentId === request.paymentId)) {
        await this.store.set(LOG_KEY, [...log, { receivedAt: this.clock.now(), request }]);
      }
    });
    this.appending = logged.catch(() => undefined);
    await logged;
    return this.sandbox.charge(request);
  }

  async lookup(paymentId: string): Promise<ChargeOutcome> {
    await this.restore();
    return this.sandbox.lookup(paymentId);
  }

  private restore(): Promise<void> {
    this.restored ??= this.readLog().then(async (log) => {
      for (const entry of log) {
        this.replayingAt = entry.receivedAt;
        try {
          await this.sandbox.charge(entry.request);
        } catch {
          // A request the sandbox refused the first time is refused again: nothing to restore.
        } finally {
          this.replayingAt = null;
        }
      }
    });
    return this.restored;
  }

  private async readLog(): Promise<LoggedCharge[]> {
    const parsed = logSchema.safeParse(await this.store.get(LOG_KEY));
    return parsed.success ? parsed.data : [];
  }
}
