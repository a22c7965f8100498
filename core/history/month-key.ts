const formatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

// A gift asks for the same instant's keys several times; Intl's formatToParts is the slow part.
let lastMonth = { epochMs: NaN, timeZone: '', key: '' };
let lastDay = { epochMs: NaN, timeZone: '', key: '' };

/** 'YYYY-MM' of an instant in the viewer's time zone: the bucket of the monthly summary. */
export function monthKeyOf(epochMs: number, timeZone: string): string {
  if (lastMonth.epochMs === epochMs && lastMonth.timeZone === timeZone) return lastMonth.key;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(epochMs);
  const year = parts.find((part) => part.type === 'year')!.value;
  const month = parts.find((part) => part.type === 'month')!.value;
  lastMonth = { epochMs, timeZone, key: `${year}-${month}` };
  return lastMonth.key;
}

/** 'YYYY-MM-DD' of an instant in the viewer's time zone: the bucket of the daily totals limits read. */
export function dayKeyOf(epochMs: number, timeZone: string): string {
  if (lastDay.epochMs === epochMs && lastDay.timeZone === timeZone) return lastDay.key;
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, format);
  }
  const parts = format.formatToParts(epochMs);
  const value = (type: string) => parts.find((part) => part.type === type)!.value;
  lastDay = { epochMs, timeZone, key: `${value('year')}-${value('month')}-${value('day')}` };
  return lastDay.key;
}

/** The `count` months ending with `month`, newest first: '2026-01' → ['2026-01', '2025-12', …]. */
export function monthsBackFrom(month: string, count: number): string[] {
  const [year, monthNumber] = month.split('-').map(Number);
  const keys: string[] = [];
  for (let back = 0; back < count; back += 1) {
    const index = year! * 12 + (monthNumber! - 1) - back;
    keys.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}
