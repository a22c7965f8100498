/** 'YYYY-MM' of an instant in a time zone: the key of the engine's monthly summaries. */
export function monthKeyAt(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(epochMs);
  const year = parts.find((part) => part.type === 'year')!.value;
  const month = parts.find((part) => part.type === 'month')!.value;
  return `${year}-${month}`;
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
