import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { requireViewer } from '../auth/require-viewer';
import type { ServerConfig } from '../config';
import { giftCardHash, normalizeGiftCardCode } from '../gift-cards/gift-card-code';
import { GiftCardGuesses } from '../gift-cards/gift-card-guesses';
import { giftCardSecret } from '../gift-cards/gift-card-secret';
import { redeemGiftCard } from '../gift-cards/redeem-gift-card';
import { ApiFailure } from '../http/api-failure';
import { clientAddress } from '../http/client-address';
import { readJson } from '../http/read-json';
import { viewerRateLimit } from '../http/write-rate-limit';

export const redeemGiftCardRequestSchema = z.object({ code: z.string().min(1).max(64) }).strict();
export const redeemGiftCardResponseSchema = z.object({ coins: z.number().int().positive(), balance: z.number().int().nonnegative(), batchId: z.string() });

/** POST /v1/gift-cards/redeem { code }: the card's coins, once, to the signed-in viewer. */
export function giftCardRoutes(config: ServerConfig) {
  const routes = new Hono<AppEnv>();
  const guesses = new GiftCardGuesses(config.payments.giftCards.guessesPerViewer, config.payments.giftCards.guessesPerAddress);
  let secret: Uint8Array | undefined;
  routes.post('/gift-cards/redeem', requireViewer, viewerRateLimit(config), async (c) => {
    const viewer = c.var.viewer;
    const address = clientAddress(c, config.trustProxy);
    await guesses.check(viewer.id, address);
    const { code } = await readJson(c, redeemGiftCardRequestSchema);
    const normalized = normalizeGiftCardCode(code);
    secret ??= giftCardSecret(config.payments.giftCards.secret, config.dataDir);
    const result = normalized ? await redeemGiftCard(c.var.deps.driver, viewer.id, giftCardHash(secret, normalized), 'UTC') : ({ kind: 'unknown' } as const);
    switch (result.kind) {
      case 'redeemed':
        return c.json({ coins: result.coins, balance: result.balance, batchId: result.batchId }, 201);
      case 'unknown':
        await guesses.wrong(viewer.id, address);
        throw new ApiFailure(404, 'gift-card-invalid', 'There is no gift card with this code. Check it and try again.');
      case 'already-redeemed':
        throw new ApiFailure(409, 'gift-card-redeemed', result.byThisViewer ? 'You already redeemed this gift card.' : 'This gift card was already redeemed.');
      case 'disabled':
        throw new ApiFailure(403, 'gift-card-disabled', 'This gift card was disabled by the site; ask whoever sold it to you.');
    }
  });
  return routes;
}
