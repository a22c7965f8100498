import type { MonthSummaryView } from '@core/messages';

/** A month with activity, or a run of consecutive months without any, shown as one row. */
export type MonthRun =
  | { kind: 'active'; month: MonthSummaryView }
  | { kind: 'quiet'; from: string; to: string; count: number };

function isQuiet(month: MonthSummaryView): boolean {
  return month.rechargedCoins === 0 && month.spentCoins === 0;
}

/**
 * Newest first, as the summaries arrive: each active month stands alone, and consecutive months with
 * nothing recharged or spent collapse into one quiet run, so a long gap takes one line instead of many.
 */
export function collapseQuietMonths(months: readonly MonthSummaryView[]): MonthRun[] {
  const runs: MonthRun[] = [];
  for (const month of months) {
    const last = runs.at(-1);
    if (!isQuiet(month)) runs.push({ kind: 'active', month });
    // Newest first: the run's oldest month moves back as quiet months follow.
    else if (last?.kind === 'quiet') runs[runs.length - 1] = { ...last, from: month.month, count: last.count + 1 };
    else runs.push({ kind: 'quiet', from: month.month, to: month.month, count: 1 });
  }
  return runs;
}

/** The values where the chart's y axis gets a gridline and a label: 0, and steps of a round size. */
export function axisTicks(peak: number, targetCount = 4): number[] {
  if (peak <= 0) return [0];
  const rough = peak / targetCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const round = [1, 2, 5, 10].map((factor) => factor * magnitude).find((size) => size >= rough) ?? 10 * magnitude;
  // Coins are whole: a step below one coin would label fractions nobody can own.
  const step = Math.max(1, round);
  const ticks: number[] = [];
  for (let value = 0; value < peak + step; value += step) ticks.push(value);
  return ticks;
}
