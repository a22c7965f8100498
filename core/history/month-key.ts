const formatters = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM' of an instant in the viewer's time zone: the bucket of the monthly summary. */
export function monthKeyOf(epochMs: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(epochMs);
  const year = parts.find((part) => part.type === 'year')!.value;
  const month = parts.find((part) => part.type === 'month')!.value;
  return `${year}-${month}`;
}
