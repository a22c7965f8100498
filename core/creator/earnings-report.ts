import { toCsv } from '../history/csv';
import { dayKeyOf, monthKeyOf } from '../history/month-key';

/** One gift a creator received, as the dashboard reads it from the ledger and the gift feed. */
export interface ReceivedGift {
  at: number;
  stream: string;
  giftId: string;
  count: number;
  /** What the viewer paid, in coins. */
  coins: number;
  /** The creator's share, in diamonds. */
  diamonds: number;
  viewerId: string;
  /** The viewer's display name at the time. */
  from: string;
}

export interface EarningsTotals {
  gifts: number;
  coins: number;
  diamonds: number;
}

export interface Supporter {
  name: string;
  coins: number;
}

export interface EarningsReport {
  totals: EarningsTotals;
  /** Every day from the first to the last of the period, oldest first, empty days included. */
  byDay: (EarningsTotals & { day: string })[];
  byStream: (EarningsTotals & { stream: string })[];
  byGift: (EarningsTotals & { giftId: string })[];
  topSupportersByStream: { stream: string; supporters: Supporter[] }[];
  topSupportersByMonth: { month: string; supporters: Supporter[] }[];
}

export const TOP_SUPPORTERS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

const empty = (): EarningsTotals => ({ gifts: 0, coins: 0, diamonds: 0 });
const add = (totals: EarningsTotals, gift: ReceivedGift) => {
  totals.gifts += gift.count;
  totals.coins += gift.coins;
  totals.diamonds += gift.diamonds;
};

function topSupporters(gifts: readonly ReceivedGift[]): Supporter[] {
  const byViewer = new Map<string, Supporter>();
  // Oldest first, so the name shown is the viewer's latest.
  for (const gift of gifts) byViewer.set(gift.viewerId, { name: gift.from, coins: (byViewer.get(gift.viewerId)?.coins ?? 0) + gift.coins });
  return [...byViewer.values()].sort((a, b) => b.coins - a.coins || a.name.localeCompare(b.name)).slice(0, TOP_SUPPORTERS);
}

function groupBy<K>(gifts: readonly ReceivedGift[], key: (gift: ReceivedGift) => K): Map<K, ReceivedGift[]> {
  const groups = new Map<K, ReceivedGift[]>();
  for (const gift of gifts) groups.set(key(gift), [...(groups.get(key(gift)) ?? []), gift]);
  return groups;
}

/**
 * The dashboard's figures for the gifts of a period [fromMs, toMs), days and months in the creator's time
 * zone: per day (a chart's bars, quiet days as zeros), per stream, per gift type, and the top supporters of
 * each stream and each month (by coins given).
 */
export function earningsReport(gifts: readonly ReceivedGift[], period: { fromMs: number; toMs: number; timeZone: string }): EarningsReport {
  const inPeriod = gifts.filter((gift) => gift.at >= period.fromMs && gift.at < period.toMs).sort((a, b) => a.at - b.at);
  const totals = empty();
  const days = new Map<string, EarningsTotals>();
  // Noon steps visit every calendar day once, whatever the DST changes in between.
  for (let at = period.fromMs; at < period.toMs + DAY_MS; at += DAY_MS / 2) {
    const day = dayKeyOf(Math.min(at, period.toMs - 1), period.timeZone);
    if (!days.has(day)) days.set(day, empty());
  }
  const streams = new Map<string, EarningsTotals>();
  const giftTypes = new Map<string, EarningsTotals>();
  for (const gift of inPeriod) {
    add(totals, gift);
    const day = dayKeyOf(gift.at, period.timeZone);
    if (!days.has(day)) days.set(day, empty());
    add(days.get(day)!, gift);
    if (!streams.has(gift.stream)) streams.set(gift.stream, empty());
    add(streams.get(gift.stream)!, gift);
    if (!giftTypes.has(gift.giftId)) giftTypes.set(gift.giftId, empty());
    add(giftTypes.get(gift.giftId)!, gift);
  }
  const byDiamonds = (a: EarningsTotals, b: EarningsTotals) => b.diamonds - a.diamonds;
  return {
    totals,
    byDay: [...days].map(([day, value]) => ({ day, ...value })).sort((a, b) => a.day.localeCompare(b.day)),
    byStream: [...streams].map(([stream, value]) => ({ stream, ...value })).sort((a, b) => byDiamonds(a, b) || a.stream.localeCompare(b.stream)),
    byGift: [...giftTypes].map(([giftId, value]) => ({ giftId, ...value })).sort((a, b) => byDiamonds(a, b) || a.giftId.localeCompare(b.giftId)),
    topSupportersByStream: [...groupBy(inPeriod, (gift) => gift.stream)]
      .map(([stream, group]) => ({ stream, supporters: topSupporters(group) }))
      .sort((a, b) => a.stream.localeCompare(b.stream)),
    topSupportersByMonth: [...groupBy(inPeriod, (gift) => monthKeyOf(gift.at, period.timeZone))]
      .map(([month, group]) => ({ month, supporters: topSupporters(group) }))
      .sort((a, b) => b.month.localeCompare(a.month)),
  };
}

export const EARNINGS_CSV_HEADER = ['date_utc', 'stream', 'gift', 'count', 'coins', 'diamonds', 'from'] as const;

/** The gifts as CSV (RFC 4180, formula-guarded by the core's writer), oldest first. */
export function earningsToCsv(gifts: readonly ReceivedGift[]): string {
  return toCsv([
    EARNINGS_CSV_HEADER,
    ...[...gifts].sort((a, b) => a.at - b.at).map((gift) => [new Date(gift.at).toISOString(), gift.stream, gift.giftId, gift.count, gift.coins, gift.diamonds, gift.from]),
  ]);
}
