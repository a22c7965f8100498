import { z } from 'zod';
import { systemClock, type Clock } from '@core/ports';
import type { ChargeOutcome, ChargeRequest, PaymentProvider } from '@core/ports';
import { SandboxPaymentProvider } from '@core/payments';
import type { SqlSession } from '@core/storage';

const loggedRequestSchema = z.object({
  paymentId: z.string().min(1),
  amountMinor: z.number().int(),
  currency: z.string(),
  region: z.string(),
  instrument: z.object({ method: z.string(), token: z.string() }),
});

/**
 * The sandbox provider with its memory in the database. A real provider remembers every payment outside
 * the server; the core's sandbox keeps them in memory, which a restart loses. Each charge request is
 * written to `sandbox_payments` BEFORE it reaches the sandbox; a payment this process has not seen (after a
 * restart, or charged through another instance) is replayed into the sandbox at its original time. The
 * sandbox is deterministic, so the replay gives the same payment: a delayed one settles when it was due.
 */
export class PersistedSandboxProvider implements PaymentProvider {
  readonly mode = 'test' as const;
  readonly name: string;
  private readonly sandbox: SandboxPaymentProvider;
  private readonly clock: Clock;
  /** Set while replaying: the sandbox sees the original time of the charge. */
  private replayingAt: number | null = null;
  private readonly known = new Set<string>();

  constructor(
    private readonly db: SqlSession,
    options: { clock?: Clock; settlementDelayMs?: number } = {},
  ) {
    this.clock = options.clock ?? systemClock;
    const clock = { now: () => this.replayingAt ?? this.clock.now() };
    this.sandbox = new SandboxPaymentProvider(options.settlementDelayMs === undefined ? { clock } : { clock, settlementDelayMs: options.settlementDelayMs });
    this.name = this.sandbox.name;
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    // The first request under an id is kept; a repeat gets the stored one back and is compared with it.
    const { rows } = await this.db.query<{ received_at: unknown; request: unknown }>(
      `INSERT INTO sandbox_payments (payment_id, received_at, request) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (payment_id) DO UPDATE SET payment_id = EXCLUDED.payment_id RETURNING received_at, request`,
      [request.paymentId, this.clock.now(), JSON.stringify(request)],
    );
    await this.replay(request.paymentId, rows[0]);
    return this.sandbox.charge(request);
  }

  async lookup(paymentId: string): Promise<ChargeOutcome> {
    if (!this.known.has(paymentId)) {
      const { rows } = await this.db.query<{ received_at: unknown; request: unknown }>(
        'SELECT received_at, request FROM sandbox_payments WHERE payment_id = $1',
        [paymentId],
      );
      await this.replay(paymentId, rows[0]);
    }
    return this.sandbox.lookup(paymentId);
  }

  /** Gives the in-memory sandbox a logged charge it has not seen, at the time it first arrived. */
  private async replay(paymentId: string, row: { received_at: unknown; request: unknown } | undefined): Promise<void> {
    if (this.known.has(paymentId) || !row) return;
    this.known.add(paymentId);
    const logged = loggedRequestSchema.safeParse(row.request);
    if (!logged.success) return;
    this.replayingAt = Number(row.received_at);
    try {
      await this.sandbox.charge(logged.data);
    } catch {
      // A request the sandbox refused the first time is refused again: nothing to restore.
    } finally {
      this.replayingAt = null;
    }
  }
}
