import { z } from 'zod';
import { epochMsSchema } from '../epoch-ms';
import { IllegalTransitionError } from '../illegal-transition-error';
import { approvalBindingSchema, type ApprovalBinding } from './approval-binding';
import { limitActionSchema, type LimitAction } from './evaluate-limits';
import { limitNameSchema, type LimitName } from './limit-policy';

/** A request a parent did not answer lapses after 24 hours: a stale "yes" must not buy anything later. */
export const APPROVAL_TTL_MS = 24 * 60 * 60 * 1000;

export const approvalStateSchema = z.enum(['pending', 'approved', 'declined', 'expired']);
export type ApprovalState = z.infer<typeof approvalStateSchema>;

/** "Ask to buy": raised when a parental limit blocks an action. Immutable; each answer is a new record. */
export const approvalRequestSchema = z
  .object({
    id: z.string().min(1).max(128),
    action: limitActionSchema,
    /** The parental limit that blocked the action. */
    limit: limitNameSchema.exclude(['budget']),
    /** What the parent sees, e.g. "Galaxy gift to mia-cooks" or "Recharge 700 coins". */
    subject: z.string().min(1).max(200),
    /** The exact request approved (absent on requests stored before approvals were bound: those pay for nothing). */
    request: approvalBindingSchema.optional(),
    state: approvalStateSchema,
    requestedAt: epochMsSchema,
    expiresAt: epochMsSchema,
    /** When the parent answered, or when the request expired; null while pending. */
    decidedAt: epochMsSchema.nullable(),
  })
  .refine((request) => request.expiresAt === request.requestedAt + APPROVAL_TTL_MS, {
    message: 'expiresAt must be 24 hours after requestedAt',
    path: ['expiresAt'],
  })
  .refine((request) => (request.state === 'pending') === (request.decidedAt === null), {
    message: 'decidedAt is set exactly when the request is no longer pending',
    path: ['decidedAt'],
  });
export type ApprovalRequest = z.infer<typeof approvalRequestSchema>;

export interface ApprovalRequestInput {
  id: string;
  action: LimitAction;
  limit: Exclude<LimitName, 'budget'>;
  subject: string;
  request: ApprovalBinding;
  now: number;
}

export function requestApproval(input: ApprovalRequestInput): ApprovalRequest {
  return approvalRequestSchema.parse({
    id: input.id,
    action: input.action,
    limit: input.limit,
    subject: input.subject,
    request: input.request,
    state: 'pending',
    requestedAt: input.now,
    expiresAt: input.now + APPROVAL_TTL_MS,
    decidedAt: null,
  });
}

/** Marks a pending request expired once 24 hours have passed; otherwise returns it unchanged (same object). */
export function expireIfDue(request: ApprovalRequest, now: number): ApprovalRequest {
  if (request.state !== 'pending' || now < request.expiresAt) return request;
  // Expired at its deadline, not when someone happened to look: history shows the true moment.
  return { ...request, state: 'expired', decidedAt: request.expiresAt };
}

export function approve(request: ApprovalRequest, now: number): ApprovalRequest {
  return answer(request, 'approved', now);
}

export function decline(request: ApprovalRequest, now: number): ApprovalRequest {
  return answer(request, 'declined', now);
}

function answer(request: ApprovalRequest, to: 'approved' | 'declined', now: number): ApprovalRequest {
  const current = expireIfDue(request, now);
  if (current.state !== 'pending') {
    const why =
      current.state === 'expired'
        ? 'it expired 24 hours after it was asked; the viewer can ask again'
        : `it was already ${current.state}`;
    throw new IllegalTransitionError('approval', current.state, to, `This request cannot be ${to}: ${why}.`);
  }
  return { ...current, state: to, decidedAt: Math.max(now, current.requestedAt) };
}
