import { MESSAGES, type Locale, type Messages } from './messages';

/** Words and Intl formatting for one locale. */
export interface Words {
  locale: Locale;
  t: Messages;
  number(value: number): string;
  /** An amount in minor units of a currency, e.g. 750 USD → "$7.50". */
  money(minor: number, currency: string): string;
  date(epochMs: number): string;
  /** 'YYYY-MM-DD' → a short day label. */
  day(key: string): string;
  /** 'YYYY-MM' → "December 2026". */
  month(key: string): string;
}

export function wordsFor(locale: Locale): Words {
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    t: MESSAGES[locale],
    number: (value) => numbers.format(value),
    money: (minor, currency) => {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
      // Display only: the integer amount is scaled by the currency's own number of decimals.
      return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
    },
    date: (epochMs) => dates.format(epochMs),
    day: (key) => days.format(Date.parse(`${key}T12:00:00Z`)),
    month: (key) => months.format(Date.parse(`${key}-15T12:00:00Z`)),
  };
}
