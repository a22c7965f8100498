// The creator's figures: days in the creator's time zone, per stream, per gift type, top supporters, CSV.
import { describe, expect, it } from 'vitest';
import { earningsReport, earningsToCsv, TOP_SUPPORTERS, type ReceivedGift } from '@core/creator';

const gift = (at: string, overrides: Partial<ReceivedGift> = {}): ReceivedGift => ({
  at: Date.parse(at),
  stream: 'pancakes',
  giftId: 'rose',
  count: 1,
  coins: 10,
  diamonds: 5,
  viewerId: 'v1',
  from: 'Ana',
  ...overrides,
});

describe('earnings report', () => {
  it("buckets by the creator's calendar day, keeping quiet days and every day of a DST change once", () => {
    // Madrid leaves summer time on 2026-10-25 (that day has 25 hours): 22:01 UTC is past midnight before it, 23:01 UTC after it.
    const period = { fromMs: Date.parse('2026-10-23T22:00:00Z'), toMs: Date.parse('2026-10-27T23:00:00Z'), timeZone: 'Europe/Madrid' };
    const report = earningsReport(
      [gift('2026-10-24T21:59:00Z'), gift('2026-10-24T22:01:00Z'), gift('2026-10-25T23:01:00Z', { diamonds: 7 }), gift('2026-10-30T10:00:00Z')],
      period,
    );
    expect(report.byDay.map((day) => [day.day, day.diamonds])).toEqual([
      ['2026-10-24', 5],
      ['2026-10-25', 5],
      ['2026-10-26', 7],
      ['2026-10-27', 0],
    ]);
    expect(report.totals).toEqual({ gifts: 3, coins: 30, diamonds: 17 });
  });

  it('sums per stream and per gift type, biggest first, and counts every gift of a combo', () => {
    const period = { fromMs: 0, toMs: Date.parse('2027-01-01T00:00:00Z'), timeZone: 'UTC' };
    const report = earningsReport(
      [gift('2026-12-01T10:00:00Z', { giftId: 'lion', coins: 29_999, diamonds: 14_999, stream: 'b' }), gift('2026-12-01T11:00:00Z', { count: 9, coins: 9, diamonds: 4 })],
      period,
    );
    expect(report.byStream).toEqual([
      { stream: 'b', gifts: 1, coins: 29_999, diamonds: 14_999 },
      { stream: 'pancakes', gifts: 9, coins: 9, diamonds: 4 },
    ]);
    expect(report.byGift.map((row) => [row.giftId, row.gifts])).toEqual([
      ['lion', 1],
      ['rose', 9],
    ]);
  });

  it('ranks supporters by coins per stream and per month, by their latest name, at most five', () => {
    const period = { fromMs: 0, toMs: Date.parse('2027-01-01T00:00:00Z'), timeZone: 'UTC' };
    const gifts = [
      gift('2026-11-30T10:00:00Z', { viewerId: 'v1', from: 'Ana', coins: 50 }),
      gift('2026-12-01T10:00:00Z', { viewerId: 'v1', from: 'Ana B', coins: 5 }),
      ...Array.from({ length: 6 }, (_, index) => gift('2026-12-02T10:00:00Z', { viewerId: `w${index}`, from: `Fan ${index}`, coins: 10 + index })),
    ];
    const report = earningsReport(gifts, period);
    const stream = report.topSupportersByStream[0]!.supporters;
    expect(stream).toHaveLength(TOP_SUPPORTERS);
    expect(stream[0]).toEqual({ name: 'Ana B', coins: 55 });
    expect(report.topSupportersByMonth.map((month) => month.month)).toEqual(['2026-12', '2026-11']);
    expect(report.topSupportersByMonth[0]!.supporters[0]).toEqual({ name: 'Fan 5', coins: 15 });
  });

  it('writes CSV with CRLF lines, quoted fields and formulas defused', () => {
    const csv = earningsToCsv([gift('2026-12-01T10:00:00Z', { from: '@SUM(A1), "x"' }), gift('2026-11-01T10:00:00Z', { from: '+1' })]);
    expect(csv.split('\r\n')).toEqual([
      'date_utc,stream,gift,count,coins,diamonds,from',
      "2026-11-01T10:00:00.000Z,pancakes,rose,1,10,5,'+1",
      `2026-12-01T10:00:00.000Z,pancakes,rose,1,10,5,"'@SUM(A1), ""x"""`,
      '',
    ]);
  });
});
