import { i18n } from '#i18n';
import type { ReasonMessage } from '@core';

// Keys come from a table checked against both locale files by a unit test, so the untyped call is safe here.
const translate = i18n.t as (key: string, substitutions: Record<string, string>) => string;

/** A resolved reason (a locale key with params, or a list's own sentence) in the browser's language. */
export function messageText(message: ReasonMessage): string {
  return 'text' in message ? message.text : translate(message.key, message.params);
}
