import { isWalletError } from '@core';
import {
  isOperationName,
  parseExtensionRequest,
  type OperationName,
  type ReplyOf,
  type RequestOf,
  type ResultOf,
} from '@core/messages';
import type { Failure, FailureCode } from '@core/messages';
import { ReplyError } from './reply-error';

/** The handlers of some operations (one feature's): each gets its validated payload and returns its result. */
export type HandlersOf<Name extends OperationName> = { [N in Name]: (payload: RequestOf<N>) => Promise<ResultOf<N>> };

/** One handler per operation: the compiler checks none is missing and every result has the right shape. */
export type Handlers = HandlersOf<OperationName>;

/** Is this message meant for the extension protocol (another protocol's messages are left to it)? */
export function isOperationMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  return isOperationName((message as { type?: unknown }).type) || 'payload' in message;
}

/**
 * Validates a message and runs its handler. Anything a handler throws becomes a Failure reply with a
 * code: the channel never carries exceptions, and an unexpected error says only that nothing happened.
 */
export async function routeMessage(handlers: Handlers, message: unknown): Promise<ReplyOf<OperationName>> {
  const parsed = parseExtensionRequest(message);
  if (!parsed.ok) return parsed;
  const { type, payload } = parsed.request;
  try {
    const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
    const value = await handler(payload);
    return { ok: true, value } as ReplyOf<OperationName>;
  } catch (error) {
    return toFailure(error);
  }
}

export function toFailure(error: unknown): Failure {
  if (error instanceof ReplyError) return { ok: false, code: error.code, message: error.message, ...error.extra };
  if (isWalletError(error)) {
    const failure: Failure = { ok: false, code: error.code as FailureCode, message: error.message };
    const details = error as { approvalId?: string; paymentFailure?: string };
    if (details.approvalId) failure.approvalId = details.approvalId;
    if (details.paymentFailure) failure.paymentFailure = details.paymentFailure;
    return failure;
  }
  console.error('LiveGift background: unexpected error', error);
  return { ok: false, code: 'internal', message: 'The wallet could not complete this request. Nothing was changed.' };
}
