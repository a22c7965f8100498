import { z } from 'zod';
import { rebuildMonthlySummaries } from '../history/monthly-summary';
import { balanceRecordSchema, ledgerEntryRecordSchema, transferRecordSchema } from '../ledger/ledger-records';
import { verifyLedger } from '../ledger/verify-ledger';
import type { WalletRecords } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { STORED_DOCUMENT_SCHEMAS } from './stored-documents';

export const WALLET_BACKUP_FORMAT = 'livegift-wallet-backup';

/**
 * A whole wallet as JSON. Monthly summaries are not carried: they are rebuilt from the entries on
 * import, so a backup cannot smuggle in totals that disagree with its ledger.
 */
export const walletBackupSchema = z.object({
  format: z.literal(WALLET_BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.number().int().nonnegative(),
  transfers: z.array(transferRecordSchema),
  entries: z.array(ledgerEntryRecordSchema),
  balances: z.array(balanceRecordSchema),
  documents: z.object({
    recharges: z.array(STORED_DOCUMENT_SCHEMAS.recharges),
    approvals: z.array(STORED_DOCUMENT_SCHEMAS.approvals),
    receipts: z.array(STORED_DOCUMENT_SCHEMAS.receipts),
    settings: z.array(STORED_DOCUMENT_SCHEMAS.settings),
  }),
});
export type WalletBackup = z.infer<typeof walletBackupSchema>;

export function toWalletBackup(records: WalletRecords, exportedAt: number): WalletBackup {
  return {
    format: WALLET_BACKUP_FORMAT,
    version: 1,
    exportedAt,
    transfers: records.transfers,
    entries: records.entries,
    balances: records.balances,
    documents: records.documents,
  };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.size === seen.add(value).size))];
}

/**
 * Checks a backup completely before anything is written: its shape (zod), unique ids and a sound
 * ledger (verifyLedger). Throws 'invalid-request' listing every problem; returns records ready to store.
 */
export function parseWalletBackup(input: unknown, timeZone: string): WalletRecords {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      throw new WalletError('invalid-request', 'This backup is not JSON; nothing was imported.');
    }
  }
  const parsed = walletBackupSchema.safeParse(json);
  if (!parsed.success) {
    throw new WalletError('invalid-request', `This backup is not a LiveGift wallet; nothing was imported. ${z.prettifyError(parsed.error)}`);
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
    throw new WalletError('invalid-request', `This backup's ledger does not add up, so nothing was imported: ${problems.join('; ')}`);
  }
  return {
    transfers: backup.transfers,
    entries: backup.entries,
    balances: backup.balances,
    monthlySummaries: rebuildMonthlySummaries(backup.transfers, backup.entries, timeZone),
    documents: backup.documents,
  };
}
