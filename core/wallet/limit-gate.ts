import { expireIfDue, requestApproval } from '../limits/approval-request';
import { evaluateValidLimits, type LimitAction, type LimitUsage } from '../limits/evaluate-limits';
import { limitPolicySchema, NO_LIMITS, type LimitPolicy } from '../limits/limit-policy';
import type { WalletReadTx, WalletStorage, WalletWriteTx } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { approvalIdOf } from '../derived-keys';
import type { ApprovalBinding } from '../limits/approval-binding';
import { readUsage, usageOf, type KnownTotals } from './limit-usage';
import { parseInput } from './wallet-inputs';
import { Refusal } from './wallet-refusal';

/** The settings document that holds the budget and parental limits. */
const POLICY_SETTING = 'limit-policy';

function policyFrom(record: { value: unknown } | undefined): LimitPolicy {
  if (!record) return NO_LIMITS;
  const parsed = limitPolicySchema.safeParse(record.value);
  if (!parsed.success) throw new WalletError('corrupt-record', 'The stored limit settings are unreadable; nothing was spent.');
  return parsed.data;
}

export async function readPolicy(tx: WalletReadTx): Promise<LimitPolicy> {
  return policyFrom(await tx.getDocument('settings', POLICY_SETTING));
}

/** Saves the budget and parental limits. Checking the parent's PIN is the caller's job. */
export async function savePolicy(storage: WalletStorage, policy: LimitPolicy): Promise<LimitPolicy> {
  const valid = parseInput(limitPolicySchema, policy);
  await storage.write((tx) => tx.putDocument('settings', { id: POLICY_SETTING, value: valid }));
  return valid;
}

/**
 * Sets the viewer's own monthly gift budget (null: none), keeping the parental limits as stored: read and
 * written in one transaction, so a parent's change made meanwhile is never undone.
 */
export async function saveBudget(storage: WalletStorage, monthlyGiftCoins: number | null): Promise<LimitPolicy> {
  const budget = parseInput(limitPolicySchema.shape.budget, { monthlyGiftCoins });
  return storage.write(async (tx) => {
    const policy: LimitPolicy = { ...(await readPolicy(tx)), budget };
    await tx.putDocument('settings', { id: POLICY_SETTING, value: policy });
    return policy;
  });
}

/** Whose limits, and when: the viewer's account, the time of the action and the viewer's time zone. */
export interface GateContext {
  account: string;
  now: number;
  timeZone: string;
}

/** Allowed (with the budget's warning when it is at 80 % or more), or refused with the reason. */
export type GateOutcome = Refusal | { usedPercent: number } | null;

/** What a limit check reads: the policy and what was used today and this month. */
export interface LimitReads {
  policy: LimitPolicy;
  usage: LimitUsage;
}

/** The policy and the usage, read together; `known` passes totals the caller is already reading. */
export async function readLimits(tx: WalletReadTx, gate: GateContext, known?: KnownTotals): Promise<LimitReads> {
  const [policy, usage] = await Promise.all([readPolicy(tx), readUsage(tx, gate.account, gate.now, gate.timeZone, known)]);
  return { policy, usage: usageOf(usage, gate.now, gate.timeZone) };
}

/**
 * Evaluates the limits for an action inside the caller's transaction. A parental block raises (or
 * finds) the approval request bound to the action's idempotency key and the exact request; once a parent
 * approves it, a retry with the same key for the same request goes through.
 */
export async function checkLimits(
  tx: WalletWriteTx,
  gate: GateContext,
  action: LimitAction,
  idempotencyKey: string,
  subject: string,
  binding: ApprovalBinding,
): Promise<GateOutcome> {
  return decideLimits(tx, gate, await readLimits(tx, gate), action, idempotencyKey, subject, binding);
}

/** `checkLimits` with its reads already done (fetched together with the caller's own). */
export async function decideLimits(
  tx: WalletWriteTx,
  gate: GateContext,
  { policy, usage }: LimitReads,
  action: LimitAction,
  idempotencyKey: string,
  subject: string,
  binding: ApprovalBinding,
): Promise<GateOutcome> {
  const { now } = gate;
  const decision = evaluateValidLimits({ action, policy, usage });
  if (decision.outcome === 'allow') return null;
  if (decision.outcome === 'warn') return { usedPercent: decision.usedPercent };
  if (decision.scope === 'budget' || decision.limit === 'budget') return new Refusal(new WalletError('over-budget', decision.message));
  const approvalId = approvalIdOf(idempotencyKey);
  const stored = await tx.getDocument('approvals', approvalId);
  const existing = stored ? expireIfDue(stored, now) : undefined;
  if (existing && existing !== stored) await tx.putDocument('approvals', existing);
  if (existing?.state === 'approved') {
    // A parent's yes covers the parental limits only; the viewer's own budget still applies.
    const own = evaluateValidLimits({ action, policy: { ...policy, parental: NO_LIMITS.parental }, usage });
    if (own.outcome === 'block') return new Refusal(new WalletError('over-budget', own.message));
    return own.outcome === 'warn' ? { usedPercent: own.usedPercent } : null;
  }
  if (!existing) {
    await tx.putDocument('approvals', requestApproval({ id: approvalId, action, limit: decision.limit, subject, request: binding, now }));
  }
  const code = decision.limit === 'rechargesLocked' ? 'recharges-locked' : 'over-parental-limit';
  const state = existing?.state ?? 'pending';
  const tail =
    state === 'pending'
      ? ' A request was sent to your parent.'
      : state === 'declined'
        ? ' A parent declined this request.'
        : ' The approval request expired after 24 hours; try again to ask anew.';
  return new Refusal(new WalletError(code, decision.message + tail, { approvalId }));
}
