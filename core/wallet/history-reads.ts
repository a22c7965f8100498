import type { HistoryPage } from '../ports/wallet-storage';
import type { WalletContext } from './wallet-context';
import { historyInputSchema, parseInput, type HistoryInput } from './wallet-inputs';

/** One page of the viewer's entries, newest first, filtered by type and date range. */
export function readHistory(wallet: WalletContext, input: HistoryInput = {}): Promise<HistoryPage> {
  const query = parseInput(historyInputSchema, input);
  return wallet.storage.read((tx) => tx.historyPage({ account: wallet.account, ...query }));
}
