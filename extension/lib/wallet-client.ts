import { browser } from 'wxt/browser';
import { walletResponseSchema, type WalletRequest, type WalletResponse } from '../../core';

/** Sends a request to the background and validates what comes back. */
export async function askWallet(request: WalletRequest): Promise<WalletResponse> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const parsed = walletResponseSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, code: 'bad-response', message: 'The wallet answered in an unexpected format.' };
  }
  return parsed.data;
}
