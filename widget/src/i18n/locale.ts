import { MESSAGES, type Locale, type Messages } from './messages';

/** English unless the tray's `locale` (or else the page's language) asks for Spanish. */
export function pickLocale(requested: string | null | undefined): Locale {
  return requested?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Words and number formatting for one locale. */
export interface Translator {
  locale: Locale;
  t: Messages;
  /** 1234 → "1,234" (en) or "1234"/"1.234" (es), by Intl. */
  number: (value: number) => string;
  /** 1 → "1 coin", 1000 → "1,000 coins". */
  coins: (value: number) => string;
  /** A price in minor units, e.g. 99 USD → "$0.99". */
  money: (minor: number, currency: string) => string;
}

export function translator(locale: Locale): Translator {
  const numbers = new Intl.NumberFormat(locale);
  // Until its words have loaded (`loadMessages`), a locale reads in English.
  const t = MESSAGES[locale] ?? MESSAGES.en;
  return {
    locale,
    t,
    number: (value) => numbers.format(value),
    coins: (value) => t.coins(numbers.format(value), value === 1),
    money: (minor, currency) => {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
      // Display only: the integer amount is scaled by the currency's own number of decimals.
      return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
    },
  };
}
