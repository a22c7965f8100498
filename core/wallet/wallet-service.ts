import { DEFAULT_CASH_OUT_POLICY, estimateCashOut, type CashOutEstimate, type CashOutPolicy } from '../gifts/cash-out';
import type { MonthlySummaryRecord, ReceiptRecord } from '../history/history-records';
import { historyCsvHeader, historyCsvLines } from '../history/history-csv';
import { byCreator } from '../history/history-filter';
import { emptyMonthlySummary } from '../history/monthly-summary';
import { creatorAccount, partyIdSchema } from '../ledger/accounts';
import type { TransferRecord } from '../ledger/ledger-records';
import { verifyLedger, type LedgerReport } from '../ledger/verify-ledger';
import { approve as approveRequest, decline as declineRequest, type ApprovalRequest } from '../limits/approval-request';
import type { LimitPolicy } from '../limits/limit-policy';
import type { HistoryPage, WalletStorage } from '../ports/wallet-storage';
import type { RechargeRecord } from '../recharge/recharge-record';
import { restoreKeepingControls } from '../storage/restore-backup';
import { parseWalletBackup, toWalletBackup, type RestoredWallet, type WalletBackup } from '../storage/wallet-backup';
import { answerApproval, expireApprovals, listApprovals } from './approvals';
import { CommitListeners, observeCommits } from './commit-events';
import { sendGift, type GiftResult } from './gift-flow';
import { readPolicy, saveBudget, savePolicy } from './limit-gate';
import { recharge, refreshPending, type RechargeResult } from './recharge-flow';
import { reverse } from './reversal-flow';
import { createWalletContext, type WalletContext, type WalletServiceOptions } from './wallet-context';
import { readHistory, type ViewerHistoryPage } from './history-reads';
import {
  historyFilterInputSchema,
  monthInputSchema,
  parseInput,
  type GiftInput,
  type HistoryFilterInput,
  type HistoryInput,
  type RechargeInput,
  type ReversalInput,
} from './wallet-inputs';

export type { GiftInput, HistoryFilterInput, HistoryInput, RechargeInput, ReversalInput } from './wallet-inputs';
export type { GiftResult } from './gift-flow';
export type { WalletServiceOptions } from './wallet-context';
export { CREATED_GRACE_MS, type RechargeResult } from './recharge-flow';

/** Entries an export reads per transaction: pages of a long history, each one request in Chromium. */
const CSV_PAGE = 5_000;

/**
 * The wallet engine behind the extension's background and the tray's in-page wallet: recharges through
 * the payment port, gifts through the ledger, limits and approvals before both, history and backups.
 * A facade: each flow lives in its own file beside this one.
 */
export class WalletService {
  private readonly wallet: WalletContext;
  private readonly cashOut: CashOutPolicy;
  private readonly committed = new CommitListeners();
  readonly viewerId: string;
  readonly timeZone: string;
  readonly account: string;

  constructor(options: WalletServiceOptions) {
    this.wallet = createWalletContext({ ...options, storage: observeCommits(options.storage, () => this.committed.tell()) });
    this.viewerId = this.wallet.viewerId;
    this.timeZone = this.wallet.timeZone;
    this.account = this.wallet.account;
    this.cashOut = options.cashOut ?? DEFAULT_CASH_OUT_POLICY;
  }

  /**
   * Calls `listener` after every write this service committed (a recharge, a gift, an answered approval,
   * a restored backup…), so the extension hears of changes without reaching into the storage adapter.
   * Returns the unsubscribe.
   */
  onCommitted(listener: () => void): () => void {
    return this.committed.add(listener);
  }

  get paymentMode(): 'test' | 'live' {
    return this.wallet.payments.mode;
  }

  private get storage(): WalletStorage {
    return this.wallet.storage;
  }

  balance(): Promise<number> {
    return this.storage.read((tx) => tx.balance(this.account));
  }

  creatorDiamonds(creator: string): Promise<number> {
    return this.storage.read((tx) => tx.balance(creatorAccount(parseInput(partyIdSchema, creator))));
  }

  async cashOutEstimate(creator: string): Promise<CashOutEstimate> {
    return estimateCashOut(await this.creatorDiamonds(creator), this.cashOut);
  }

  // Limits and approvals (limit-gate.ts, approvals.ts)

  getPolicy(): Promise<LimitPolicy> {
    return this.storage.read((tx) => readPolicy(tx));
  }

  /** Saves the budget and parental limits. Checking the parent's PIN is the caller's job. */
  setPolicy(policy: LimitPolicy): Promise<LimitPolicy> {
    return savePolicy(this.storage, policy);
  }

  /** Sets the viewer's own budget only; the parental limits stay as they are. */
  setBudget(monthlyGiftCoins: number | null): Promise<LimitPolicy> {
    return saveBudget(this.storage, monthlyGiftCoins);
  }

  listApprovals(state?: ApprovalRequest['state']): Promise<ApprovalRequest[]> {
    return listApprovals(this.storage, this.wallet.clock.now(), state);
  }

  /** Marks every pending request older than 24 hours expired; returns how many. */
  expireApprovals(): Promise<number> {
    return expireApprovals(this.storage, this.wallet.clock.now());
  }

  approve(approvalId: string): Promise<ApprovalRequest> {
    return answerApproval(this.storage, approvalId, approveRequest, this.wallet.clock.now());
  }

  decline(approvalId: string): Promise<ApprovalRequest> {
    return answerApproval(this.storage, approvalId, declineRequest, this.wallet.clock.now());
  }

  // Recharges (recharge-flow.ts)

  /** Buys coins; retrying with the same key never charges or credits twice. */
  recharge(input: RechargeInput): Promise<RechargeResult> {
    return recharge(this.wallet, input);
  }

  /** Asks the provider again about every unfinished recharge; a late success is credited exactly once. */
  refreshPending(): Promise<RechargeRecord[]> {
    return refreshPending(this.wallet);
  }

  listRecharges(state?: RechargeRecord['state']): Promise<RechargeRecord[]> {
    return this.storage.read((tx) => tx.listDocuments('recharges', state));
  }

  // Gifts and corrections (gift-flow.ts, reversal-flow.ts)

  /** Sends a gift (times count): coins leave the viewer, diamonds reach the creator and the platform share. */
  sendGift(input: GiftInput): Promise<GiftResult> {
    return sendGift(this.wallet, input);
  }

  /** Reverses a whole transfer with a new, opposite one (never an edit); refused if a wallet would go negative. */
  reverse(input: ReversalInput): Promise<TransferRecord> {
    return reverse(this.wallet, input);
  }

  // History

  /** One page of the viewer's entries, newest first, filtered by type and date range. */
  history(input: HistoryInput = {}): Promise<ViewerHistoryPage> {
    return readHistory(this.wallet, input);
  }

  /** Recharged, spent and spent per creator in a month ('YYYY-MM', the viewer's time zone): one read. */
  async monthlySummary(month: string): Promise<MonthlySummaryRecord> {
    parseInput(monthInputSchema, month);
    return (await this.storage.read((tx) => tx.monthlySummary(this.account, month))) ?? emptyMonthlySummary(this.account, month);
  }

  receipt(receiptId: string): Promise<ReceiptRecord | undefined> {
    return this.storage.read((tx) => tx.getDocument('receipts', receiptId));
  }

  /** The history matching a filter (a creator too) as CSV, read and written a page at a time. */
  async exportCsv(filter: HistoryFilterInput = {}): Promise<string> {
    const { creator, ...query } = parseInput(historyFilterInputSchema, filter);
    const matches = byCreator(creator);
    const chunks = [historyCsvHeader()];
    let cursor: string | null = null;
    do {
      const at = cursor;
      const page: HistoryPage = await this.storage.read((tx) => tx.historyPage({ account: this.account, ...query, cursor: at, limit: CSV_PAGE }));
      chunks.push(historyCsvLines(page.entries.filter(matches)));
      cursor = page.nextCursor;
    } while (cursor);
    return chunks.join('');
  }

  // The whole wallet

  async verify(): Promise<LedgerReport> {
    return verifyLedger(await this.storage.exportRecords());
  }

  async exportBackup(): Promise<WalletBackup> {
    return toWalletBackup(await this.storage.exportRecords(), this.wallet.clock.now());
  }

  /** Checks a backup completely without writing anything; throws a BackupRejection naming every problem. */
  checkBackup(backup: unknown): RestoredWallet {
    return parseWalletBackup(backup, this.timeZone);
  }

  /** Replaces the wallet's ledger with a checked backup in one write; the parents' controls stay as they are. */
  restoreBackup(restored: RestoredWallet): Promise<void> {
    return restoreKeepingControls(this.storage, restored);
  }

  /** Replaces the wallet with a backup, or changes nothing: everything is checked before one write. */
  async importBackup(backup: unknown): Promise<void> {
    await this.restoreBackup(this.checkBackup(backup));
  }
}
