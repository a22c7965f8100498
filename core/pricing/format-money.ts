/**
 * Formats an amount in minor units for display, e.g. 1099 EUR -> "€10.99". The amount goes to Intl as a
 * decimal string, so no float ever touches it.
 */
export function formatMinorUnits(amountMinor: number, currency: string, locale = 'en-US'): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amountMinor must be a whole number, got ${amountMinor}`);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(3, '0');
  const decimal = `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal as Intl.StringNumericLiteral);
}
