import type { ApprovalRequest, LimitPolicy } from '../../../core';
import type { PaymentInstrument } from '../../../core/ports/payment-provider';
import type { RechargeRecord } from '../../../core/recharge/recharge-record';
import type { RestoredWallet, WalletBackup } from '../../../core/storage/wallet-backup';

// The part of the core's WalletService the background uses, spelled out so the handlers state exactly
// what they rely on. WalletService satisfies it; the compiler checks that where the background builds it.

export interface EngineEntry {
  seq: number;
  transferId: string;
  amount: number;
  balanceAfter: number;
  kind: 'recharge' | 'gift' | 'reversal';
  memo: { giftId?: string; count?: number; creator?: string; stream?: string; packId?: string | null };
  createdAt: number;
}

export interface EngineHistoryQuery {
  kind?: 'recharge' | 'gift' | 'reversal';
  fromMs?: number;
  toMs?: number;
  cursor?: string | null;
  limit?: number;
}

export interface EngineMonthlySummary {
  /** YYYY-MM (the engine also keeps daily periods, YYYY-MM-DD, under the same record). */
  period: string;
  recharged: number;
  spent: number;
  byCreator: Record<string, number>;
}

export interface EngineReceipt {
  id: string;
  kind: 'recharge' | 'gift' | 'reversal';
  issuedAt: number;
  coins: number;
  description: string;
  payment: {
    currency: string;
    subtotalMinor: number;
    taxMinor: number;
    totalMinor: number;
    taxLabel: string;
    paymentId: string;
    providerRef: string;
    testMode: boolean;
  } | null;
}

export interface BackgroundWalletService {
  readonly paymentMode: 'test' | 'live';
  readonly timeZone: string;
  balance(): Promise<number>;
  getPolicy(): Promise<LimitPolicy>;
  setPolicy(policy: LimitPolicy): Promise<LimitPolicy>;
  listApprovals(state?: ApprovalRequest['state']): Promise<ApprovalRequest[]>;
  approve(approvalId: string): Promise<ApprovalRequest>;
  decline(approvalId: string): Promise<ApprovalRequest>;
  recharge(input: {
    idempotencyKey: string;
    region: string;
    packId: string;
    instrument: PaymentInstrument;
  }): Promise<{ recharge: RechargeRecord; balance: number }>;
  refreshPending(): Promise<RechargeRecord[]>;
  listRecharges(state?: RechargeRecord['state']): Promise<RechargeRecord[]>;
  history(input: EngineHistoryQuery): Promise<{ entries: EngineEntry[]; nextCursor: string | null }>;
  monthlySummary(month: string): Promise<EngineMonthlySummary>;
  receipt(receiptId: string): Promise<EngineReceipt | undefined>;
  /** The history matching the filter as CSV (the core's one CSV writer). */
  exportCsv(filter: EngineHistoryQuery & { creator?: string }): Promise<string>;
  /** The viewer's ledger account. */
  readonly account: string;
  exportBackup(): Promise<WalletBackup>;
  checkBackup(backup: unknown): RestoredWallet;
  restoreBackup(restored: RestoredWallet): Promise<void>;
}
