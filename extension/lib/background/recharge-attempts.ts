import { z } from 'zod';
import type { KeyValueStore } from '../platform/key-value-store';

const ATTEMPTS_KEY = 'recharge.awaitingApproval';

/** A recharge a parental limit stopped: kept so it can be completed, with its own key, once approved. */
export const awaitingRechargeSchema = z.object({
  approvalId: z.string().min(1),
  idempotencyKey: z.string().min(8),
  region: z.string().min(2),
  packId: z.string().min(1),
  method: z.string().min(1),
  instrument: z.string().min(1),
  coins: z.number().int().positive(),
});
export type AwaitingRecharge = z.infer<typeof awaitingRechargeSchema>;

const listSchema = z.array(awaitingRechargeSchema);

/** Persistent, because the popup that asked is usually closed long before a parent answers. */
export class RechargeAttempts {
  constructor(private readonly store: KeyValueStore) {}

  async list(): Promise<AwaitingRecharge[]> {
    const parsed = listSchema.safeParse(await this.store.get(ATTEMPTS_KEY));
    return parsed.success ? parsed.data : [];
  }

  async find(approvalId: string): Promise<AwaitingRecharge | undefined> {
    return (await this.list()).find((attempt) => attempt.approvalId === approvalId);
  }

  async remember(attempt: AwaitingRecharge): Promise<void> {
    const others = (await this.list()).filter((existing) => existing.approvalId !== attempt.approvalId);
    await this.store.set(ATTEMPTS_KEY, [...others, attempt]);
  }

  async forget(approvalId: string): Promise<void> {
    await this.store.set(
      ATTEMPTS_KEY,
      (await this.list()).filter((attempt) => attempt.approvalId !== approvalId),
    );
  }
}
