import { z } from 'zod';
import { rebuildMonthlySummaries } from '../history/monthly-summary';
import { balanceRecordSchema, ledgerEntryRecordSchema, transferRecordSchema } from '../ledger/ledger-records';
import { verifyLedger } from '../ledger/verify-ledger';
import type { WalletRecords } from '../ports/wallet-storage';
import { BackupRejection } from './backup-rejection';
import { STORED_DOCUMENT_SCHEMAS } from './stored-documents';

export const WALLET_BACKUP_FORMAT = 'livegift-wallet-backup';

/**
 * A wallet's ledger and its records as JSON. Monthly summaries are not carried: they are rebuilt from
 * the entries on import, so a backup cannot smuggle in totals that disagree with its ledger. Nor are the
 * parents' controls (limit policy, settings, approvals): a restore never changes the controls in force.
 */
export const walletBackupSchema = z.object({
  format: z.literal(WALLET_BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: z.number().int().nonnegative(),
  transfers: z.array(transferRecordSchema),
  entries: z.array(ledgerEntryRecordSchema),
  balances: z.array(balanceRecordSchema),
  documents: z.object({
    recharges: z.array(STORED_DOCUMENT_SCHEMAS.recharges),
    receipts: z.array(STORED_DOCUMENT_SCHEMAS.receipts),
  }),
});
export type WalletBackup = z.infer<typeof walletBackupSchema>;

/** The tables a backup restores; the others (approvals, settings) keep what is in force. */
export type BackupDocuments = WalletBackup['documents'];

/** A checked backup, ready to store in place of the wallet's ledger. */
export interface RestoredWallet extends Omit<WalletRecords, 'documents'> {
  exportedAt: number;
  documents: BackupDocuments;
}

export function toWalletBackup(records: WalletRecords, exportedAt: number): WalletBackup {
  return {
    format: WALLET_BACKUP_FORMAT,
    version: 2,
    exportedAt,
    transfers: records.transfers,
    entries: records.entries,
    balances: records.balances,
    documents: { recharges: records.documents.recharges, receipts: records.documents.receipts },
  };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.size === seen.add(value).size))];
}

/**
 * Checks a backup completely before anything is written: its shape (zod), unique ids and a sound
 * ledger (verifyLedger). Throws a BackupRejection ('invalid-request') listing every problem; returns records ready to store.
 */
export function parseWalletBackup(input: unknown, timeZone: string): RestoredWallet {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      throw new BackupRejection('not-json', 'This backup is not JSON; nothing was imported.');
    }
  }
  const parsed = walletBackupSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupRejection('not-a-backup', `This backup is not a LiveGift wallet; nothing was imported. ${z.prettifyError(parsed.error)}`);
  }
  const backup = parsed.data;
  const problems: string[] = [];
  const dup = (what: string, values: string[]) => {
    for (const value of duplicates(values)) problems.push(`${what} ${value} appears twice`);
  };
  dup('entry', backup.entries.map((entry) => String(entry.seq)));
  dup('balance of', backup.balances.map((balance) => balance.account));
  for (const [table, records] of Object.entries(backup.documents)) dup(`${table} record`, records.map((record) => record.id));
  problems.push(...verifyLedger(backup).problems.map((problem) => problem.message));
  if (problems.length > 0) {
    throw new BackupRejection('ledger', `This backup's ledger does not add up, so nothing was imported: ${problems.join('; ')}`);
  }
  return {
    exportedAt: backup.exportedAt,
    transfers: backup.transfers,
    entries: backup.entries,
    balances: backup.balances,
    monthlySummaries: rebuildMonthlySummaries(backup.transfers, backup.entries, timeZone),
    documents: backup.documents,
  };
}

/** What a backup holds, for the viewer to compare with the wallet it would replace. */
export interface BackupSummary {
  /** The viewer's coins in the file. */
  balance: number;
  exportedAt: number;
  /** The viewer's history entries in the file. */
  entries: number;
}

export function summarizeBackup(restored: RestoredWallet, account: string): BackupSummary {
  return {
    balance: restored.balances.find((balance) => balance.account === account)?.balance ?? 0,
    exportedAt: restored.exportedAt,
    entries: restored.entries.reduce((count, entry) => (entry.account === account ? count + 1 : count), 0),
  };
}
