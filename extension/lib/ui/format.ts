import { browser } from 'wxt/browser';
import { formatMinorUnits } from '@core/pricing';

/** The browser's UI language: the same one browser.i18n picked the strings for. */
export const uiLocale: string = browser.i18n.getUILanguage();

const integer = new Intl.NumberFormat(uiLocale, { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium' });
const monthYear = new Intl.DateTimeFormat(uiLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(uiLocale, { month: 'short', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat(uiLocale, { numeric: 'always' });

export function formatNumber(value: number): string {
  return integer.format(value);
}

/** Money arrives as integer minor units; the core turns it into an exact decimal for Intl. */
export function formatMoney(minor: number, currency: string): string {
  return formatMinorUnits(minor, currency, uiLocale);
}

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function formatDate(ms: number): string {
  return dateOnly.format(ms);
}

/** 'YYYY-MM' → "November 2026" in the UI language. */
export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const instant = Date.UTC(year!, monthNumber! - 1, 1);
  return (style === 'long' ? monthYear : monthShort).format(instant);
}

/** "in 15 minutes", "in 2 hours": how long until a moment, rounded up so it never reads as zero. */
export function formatTimeUntil(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 120) return relative.format(minutes, 'minute');
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return relative.format(hours, 'hour');
  return relative.format(Math.ceil(hours / 24), 'day');
}
