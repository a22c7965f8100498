import type { RechargeRecord } from '@core/recharge';
import type { ActivityItem, MonthSummaryView, ReceiptView, RechargeView } from '@core/messages';
import { receiptIdOf } from '@core/wallet';
import type { EngineEntry, EngineMonthlySummary, EngineReceipt } from './background-wallet-service';

// Turns the wallet service's records into the views pages are sent. Pure, so the mapping is unit-tested.

export function toActivityItem(entry: EngineEntry): ActivityItem {
  const item: ActivityItem = {
    id: `${entry.transferId}:${entry.seq}`,
    kind: entry.kind,
    coins: entry.amount,
    balanceAfter: entry.balanceAfter,
    createdAt: entry.createdAt,
    receiptId: receiptIdOf(entry.transferId),
  };
  if (entry.memo.giftId !== undefined) item.giftId = entry.memo.giftId;
  if (entry.memo.count !== undefined) item.count = entry.memo.count;
  if (entry.memo.creator !== undefined) item.creator = entry.memo.creator;
  if (entry.memo.packId !== undefined) item.packId = entry.memo.packId;
  return item;
}

export function toMonthSummaryView(summary: EngineMonthlySummary): MonthSummaryView {
  return {
    month: summary.period,
    rechargedCoins: summary.recharged,
    spentCoins: summary.spent,
    byCreator: Object.entries(summary.byCreator)
      .filter(([, coins]) => coins > 0)
      .map(([creator, coins]) => ({ creator, coins }))
      .sort((a, b) => b.coins - a.coins || a.creator.localeCompare(b.creator)),
  };
}

export function toRechargeView(record: RechargeRecord): RechargeView {
  const { method, last4OrLabel } = record.instrument;
  const view: RechargeView = {
    id: record.id,
    state: record.state,
    coins: record.quote.coins,
    packId: record.quote.packId,
    currency: record.quote.currency,
    totalMinor: record.quote.totalMinor,
    instrumentLabel: method === 'card' ? `•••• ${last4OrLabel}` : last4OrLabel,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
  if (record.failureReason) view.failureReason = record.failureReason;
  if (record.receiptId) view.receiptId = record.receiptId;
  return view;
}

export function toReceiptView(receipt: EngineReceipt): ReceiptView {
  return { ...receipt };
}
