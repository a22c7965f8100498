import { z } from 'zod';
import { approvalRequestSchema } from '../limits/approval-request';
import { limitPolicySchema } from '../limits/limit-policy';
import { pinSchema } from '../parental-pin/pin-hash';
import { defineOperation } from './operation';

const empty = z.object({});
/** Proof that the parents' section was unlocked with the PIN a short while ago. */
const tokenSchema = z.string().min(16).max(128);

export const parentalLockViewSchema = z.discriminatedUnion('locked', [
  z.object({ locked: z.literal(true), lockedUntil: z.number().int(), remainingMs: z.number().int().positive() }),
  z.object({ locked: z.literal(false), attemptsLeft: z.number().int().nonnegative() }),
]);

export const parentalStatusSchema = z.object({ pinSet: z.boolean(), lock: parentalLockViewSchema });
export type ParentalStatus = z.infer<typeof parentalStatusSchema>;

export const parentalSessionSchema = z.object({ token: tokenSchema, expiresAt: z.number().int() });
export type ParentalSession = z.infer<typeof parentalSessionSchema>;

export const parentalLimitsSchema = limitPolicySchema.shape.parental;
export type ParentalLimits = z.infer<typeof parentalLimitsSchema>;

export const parentalControlsSchema = z.object({
  limits: parentalLimitsSchema,
  /** Show a browser notification when a limit blocks something. */
  notifyOnLimit: z.boolean(),
  approvals: z.array(approvalRequestSchema),
});
export type ParentalControls = z.infer<typeof parentalControlsSchema>;

export const parentalOperations = {
  'parental/status': defineOperation(empty, parentalStatusSchema),
  'parental/set-pin': defineOperation(z.object({ pin: pinSchema }), parentalSessionSchema),
  'parental/unlock': defineOperation(z.object({ pin: z.string().max(64) }), parentalSessionSchema),
  'parental/lock': defineOperation(z.object({ token: tokenSchema }), empty),
  'parental/change-pin': defineOperation(z.object({ currentPin: z.string().max(64), newPin: pinSchema }), parentalSessionSchema),
  /** Removes the PIN and every parental limit; needs the current PIN. */
  'parental/reset': defineOperation(z.object({ currentPin: z.string().max(64) }), empty),
  'parental/controls': defineOperation(z.object({ token: tokenSchema }), parentalControlsSchema),
  'parental/update-controls': defineOperation(
    z.object({ token: tokenSchema, limits: parentalLimitsSchema, notifyOnLimit: z.boolean() }),
    parentalControlsSchema,
  ),
  'parental/answer-approval': defineOperation(
    z.object({ token: tokenSchema, approvalId: z.string().min(1).max(128), answer: z.enum(['approve', 'decline']) }),
    parentalControlsSchema,
  ),
};
