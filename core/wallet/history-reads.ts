import { VIEWER_TRANSFER_KINDS, type LedgerEntryRecord, type ViewerTransferKind } from '../ledger/ledger-records';
import type { HistoryPage } from '../ports/wallet-storage';
import type { WalletContext } from './wallet-context';
import { historyInputSchema, parseInput, type HistoryInput } from './wallet-inputs';

export type ViewerEntry = LedgerEntryRecord & { kind: ViewerTransferKind };
export interface ViewerHistoryPage extends HistoryPage {
  entries: ViewerEntry[];
}

const isViewerEntry = (entry: LedgerEntryRecord): entry is ViewerEntry => (VIEWER_TRANSFER_KINDS as readonly string[]).includes(entry.kind);

/** One page of the viewer's entries, newest first, filtered by type and date range. */
export async function readHistory(wallet: WalletContext, input: HistoryInput = {}): Promise<ViewerHistoryPage> {
  const query = parseInput(historyInputSchema, input);
  const page = await wallet.storage.read((tx) => tx.historyPage({ account: wallet.account, ...query }));
  // A viewer account only ever has viewer kinds; the filter states it for the types.
  return { entries: page.entries.filter(isViewerEntry), nextCursor: page.nextCursor };
}
