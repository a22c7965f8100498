import { describe, expect, it } from 'vitest';
import { axisTicks, collapseQuietMonths } from '../../../../../extension/lib/history/month-runs';

const month = (key: string, rechargedCoins: number, spentCoins: number) => ({ month: key, rechargedCoins, spentCoins, byCreator: [] });

describe('the history page’s monthly summaries', () => {
  it('shows months with activity one by one and folds a gap of quiet months into one row', () => {
    const runs = collapseQuietMonths([
      month('2026-12', 700, 30),
      month('2026-11', 0, 0),
      month('2026-10', 0, 0),
      month('2026-09', 0, 0),
      month('2026-08', 0, 5),
      month('2026-07', 0, 0),
    ]);
    expect(runs).toEqual([
      { kind: 'active', month: month('2026-12', 700, 30) },
      { kind: 'quiet', from: '2026-09', to: '2026-11', count: 3 },
      { kind: 'active', month: month('2026-08', 0, 5) },
      { kind: 'quiet', from: '2026-07', to: '2026-07', count: 1 },
    ]);
  });

  it('labels the chart’s coin axis in round steps that reach past the tallest bar', () => {
    expect(axisTicks(14_000)).toEqual([0, 5_000, 10_000, 15_000]);
    expect(axisTicks(154)).toEqual([0, 50, 100, 150, 200]);
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(0)).toEqual([0]);
  });
});
