import { z } from 'zod';
import { WALLET_ERROR_CODES } from '../wallet-error';
import { backupProblemSchema } from './backup-problem';

/** One request/response pair of the extension's protocol: what a page may ask and what it gets back. */
export interface Operation<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  request: Request;
  response: Response;
}

export function defineOperation<Request extends z.ZodType, Response extends z.ZodType>(
  request: Request,
  response: Response,
): Operation<Request, Response> {
  return { request, response };
}

/** Refusal codes a page can act on: the wallet's own codes plus those of the protocol and the PIN. */
export const failureCodeSchema = z.enum([
  ...WALLET_ERROR_CODES,
  'unknown-recharge',
  'unknown-receipt',
  'unknown-approval',
  'unknown-consent',
  'invalid-backup',
  'pin-not-set',
  'pin-already-set',
  'pin-wrong',
  'pin-locked',
  'parental-session-expired',
  'not-allowed',
  'internal',
  'bad-response',
]);
export type FailureCode = z.infer<typeof failureCodeSchema>;

/** Every refusal crosses the channel as data, never as a thrown error. */
export const failureSchema = z.object({
  ok: z.literal(false),
  code: failureCodeSchema,
  /** English detail for logs and for codes the page has no translation for. */
  message: z.string(),
  approvalId: z.string().optional(),
  paymentFailure: z.string().optional(),
  /** 'pin-locked': when the parents' section opens again. */
  lockedUntil: z.number().int().nonnegative().optional(),
  /** 'pin-wrong': tries left before the section locks. */
  attemptsLeft: z.number().int().nonnegative().optional(),
  /** 'invalid-backup': what is wrong with the file, for a sentence a person understands. */
  backupProblem: backupProblemSchema.optional(),
});
export type Failure = z.infer<typeof failureSchema>;

export type Reply<Value> = { ok: true; value: Value } | Failure;
