import { isWalletError } from '../../../core';
import {
  parseExtensionRequest,
  type OperationName,
  type ReplyOf,
  type RequestOf,
  type ResultOf,
} from '../../../core/messages/extension-protocol';
import type { Failure, FailureCode } from '../../../core/messages/operation';
import { ReplyError } from './reply-error';

/** One handler per operation: the compiler checks none is missing and every result has the right shape. */
export type Handlers = { [Name in OperationName]: (payload: RequestOf<Name>) => Promise<ResultOf<Name>> };

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Only the extension's own pages (popup, history, options) may use the wallet protocol. */
export function isExtensionPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
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
