import { WalletError } from '../wallet-error';

/** Where a newest-first page stopped: the last entry's time and sequence number. */
export interface HistoryPosition {
  createdAt: number;
  seq: number;
}

export function encodeHistoryCursor(position: HistoryPosition): string {
  return `${position.createdAt}.${position.seq}`;
}

export function decodeHistoryCursor(cursor: string): HistoryPosition {
  const match = /^(\d{1,16})\.(\d{1,16})$/.exec(cursor);
  if (!match) throw new WalletError('invalid-request', 'This history cursor is not one the wallet handed out.');
  return { createdAt: Number(match[1]), seq: Number(match[2]) };
}
