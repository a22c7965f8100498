import { z } from 'zod';
import {
  isWalletError,
  walletRequestSchema,
  type WalletPort,
  type WalletResponse,
} from '../../core';

const RECENT_AFTER_RECHARGE = 5;

/**
 * Answers one message from an extension page. The message is untrusted until the schema accepts it;
 * every failure becomes a response with a code, never an exception across the message channel.
 */
export async function handleWalletRequest(wallet: WalletPort, message: unknown): Promise<WalletResponse> {
  const parsed = walletRequestSchema.safeParse(message);
  if (!parsed.success) {
    return { ok: false, code: 'invalid-request', message: z.prettifyError(parsed.error) };
  }
  const request = parsed.data;
  try {
    let recentLimit = RECENT_AFTER_RECHARGE;
    if (request.type === 'wallet/recharge') {
      await wallet.recharge({ packId: request.packId, idempotencyKey: request.idempotencyKey });
    } else {
      recentLimit = request.recentLimit;
    }
    const [balance, recent] = await Promise.all([wallet.balance(), wallet.recentEntries(recentLimit)]);
    return { ok: true, balance, recent };
  } catch (error) {
    if (isWalletError(error)) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'internal', message: 'The wallet could not complete this request. Nothing was charged.' };
  }
}
