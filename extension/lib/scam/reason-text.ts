import { i18n } from '#i18n';
import type { ScamReason } from '../../../core';
import { reasonMessage } from './reason-message';

// Keys come from a table checked against both locale files by a unit test, so the untyped call is safe here.
const translate = i18n.t as (key: string, substitutions: Record<string, string>) => string;

/** A classifier reason (core data: code + params) as a sentence in the browser's language. */
export function reasonText(reason: ScamReason): string {
  const message = reasonMessage(reason);
  return 'text' in message ? message.text : translate(message.key, message.params);
}
