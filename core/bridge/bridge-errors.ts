import { z } from 'zod';

/**
 * Numeric error codes of the wallet bridge, in the style of EIP-1193. Sites and other wallets rely on
 * the numbers; the wallet's own string code travels along in `data.reason` for finer wording.
 */
export const BRIDGE_ERROR = {
  /** The viewer said no (a consent or confirmation window was declined or closed). */
  rejected: 4001,
  /** This site is not connected, or the request lacked what it needs (a recent tap for a gift). */
  unauthorized: 4100,
  /** The method is not one the bridge knows. */
  unsupportedMethod: 4200,
  /** Not enough coins. */
  insufficientCoins: 4300,
  /** The wallet's price for the gift is higher than the `maxCoins` the page showed; nothing was charged. */
  priceAboveShown: 4301,
  /** Over the viewer's budget or a parental limit; `data.approvalId` names the approval request raised. */
  overLimit: 4310,
  /** The idempotency key was already used for a different request (another gift, count, creator or stream). */
  idempotencyConflict: 4409,
  /** The params do not match the method's schema. */
  invalidParams: -32602,
  /** The wallet failed; nothing was changed. */
  internal: -32603,
} as const;
export type BridgeErrorCode = (typeof BRIDGE_ERROR)[keyof typeof BRIDGE_ERROR];

export const bridgeErrorSchema = z.object({
  code: z.union(Object.values(BRIDGE_ERROR).map((code) => z.literal(code))),
  message: z.string().max(2000),
  data: z
    .object({
      /** The wallet's own code, e.g. 'over-parental-limit'. */
      reason: z.string().max(64).optional(),
      approvalId: z.string().max(200).optional(),
    })
    .optional(),
});
export type BridgeError = z.infer<typeof bridgeErrorSchema>;

export function bridgeError(code: BridgeErrorCode, message: string, data?: BridgeError['data']): BridgeError {
  return data ? { code, message, data } : { code, message };
}

/** Maps a wallet refusal (a `WalletError`'s code) to the bridge's numeric code. */
export function bridgeCodeForWallet(walletCode: string): BridgeErrorCode {
  switch (walletCode) {
    case 'insufficient-coins':
      return BRIDGE_ERROR.insufficientCoins;
    case 'over-budget':
    case 'over-parental-limit':
      return BRIDGE_ERROR.overLimit;
    case 'idempotency-conflict':
      return BRIDGE_ERROR.idempotencyConflict;
    case 'invalid-request':
    case 'unknown-gift':
      return BRIDGE_ERROR.invalidParams;
    default:
      return BRIDGE_ERROR.internal;
  }
}
