import { i18n } from '#i18n';
import type { PackQuoteView } from '@core/messages';
import { uiLocale } from './format';
import { taxLabelMessage } from './tax-label-message';

// Keys come from taxLabelMessage, checked against both locale files by a unit test.
const translate = i18n.t as (key: string, substitutions: Record<string, string>) => string;

/** A pack's tax line ("Includes 19% VAT") in the browser's language, the rate through Intl. */
export function taxLabelText(pack: Pick<PackQuoteView, 'taxLabel' | 'tax'>): string {
  const message = taxLabelMessage(pack, uiLocale);
  const text = 'text' in message ? message.text : translate(message.key, message.params);
  return text || i18n.t('recharge.tax');
}
