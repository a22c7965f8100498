import type { ScamReason } from '@core';
import { reasonMessage } from './reason-message';
import { messageText } from './reason-message-text';

/** A classifier reason (core data: code + params) as a sentence in the browser's language. */
export function reasonText(reason: ScamReason): string {
  return messageText(reasonMessage(reason));
}
