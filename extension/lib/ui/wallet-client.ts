import { browser } from 'wxt/browser';
import {
  parseReply,
  type OperationName,
  type ReplyOf,
  type RequestOf,
} from '@core/messages';

/** Asks the background, which owns the wallet, and validates the answer before a page uses it. */
export async function ask<Name extends OperationName>(type: Name, payload: RequestOf<Name>): Promise<ReplyOf<Name>> {
  try {
    const raw: unknown = await browser.runtime.sendMessage({ type, payload });
    return parseReply(type, raw);
  } catch (error) {
    // The worker may be starting up or may have been stopped mid-call: the page says so and keeps its state.
    return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A fresh idempotency key, chosen before a retriable call so a retry can reuse it. */
export function newIdempotencyKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
