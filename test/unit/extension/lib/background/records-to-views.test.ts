import { describe, expect, it } from 'vitest';
import { monthKeyOf, monthsBackFrom } from '@core/history';
import { usedPercent } from '@core/limits';
import { toMonthSummaryView } from '../../../../../extension/lib/background/records-to-views';

describe('month keys in the viewer’s time zone', () => {
  it('puts an instant in the month of the viewer’s wall clock', () => {
    const newYearUtc = Date.UTC(2026, 0, 1, 3, 0);
    expect(monthKeyOf(newYearUtc, 'UTC')).toBe('2026-01');
    expect(monthKeyOf(newYearUtc, 'America/Los_Angeles')).toBe('2025-12');
  });

  it('counts months back across a year boundary', () => {
    expect(monthsBackFrom('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});

describe('views of the wallet', () => {
  it('rounds budget use down to a whole percent without floats', () => {
    expect(usedPercent(799, 1000)).toBe(79);
    expect(usedPercent(800, 1000)).toBe(80);
    expect(usedPercent(1, 3)).toBe(33);
    expect(usedPercent(500, null)).toBeNull();
    expect(usedPercent(9_007_199_254_740_991, 9_007_199_254_740_991)).toBe(100);
  });

  it('lists creators by coins received, leaving out those fully reversed', () => {
    const view = toMonthSummaryView({ period: '2026-11', recharged: 700, spent: 130, byCreator: { zed: 30, amy: 100, bob: 0 } });
    expect(view.byCreator).toEqual([
      { creator: 'amy', coins: 100 },
      { creator: 'zed', coins: 30 },
    ]);
  });
});
