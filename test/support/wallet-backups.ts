import { MemoryWalletStore, SandboxPaymentProvider, WalletService } from '@core';

/**
 * Builds a real wallet backup in Node with the core's WalletService, for tests and benches to import
 * through the extension's options page (the way a viewer restores a wallet).
 */
export async function buildBackup(steps: (service: WalletService) => Promise<void>): Promise<string> {
  const service = new WalletService({
    storage: new MemoryWalletStore(),
    payments: new SandboxPaymentProvider(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  await steps(service);
  return JSON.stringify(await service.exportBackup());
}

export const TEST_CARD = { method: 'card', token: '4242 4242 4242 4242' } as const;

/** Recharges `packs` × 7000 coins, then sends `count` gifts of `giftId` to `creator`. */
export async function rechargeAndGift(
  service: WalletService,
  { packs, giftId, count, creator }: { packs: number; giftId: string; count: number; creator: string },
): Promise<void> {
  for (let i = 0; i < packs; i += 1) {
    await service.recharge({ idempotencyKey: `seed-recharge-${i}`, region: 'US', packId: 'pack-7000', instrument: TEST_CARD });
  }
  for (let i = 0; i < count; i += 1) {
    await service.sendGift({ giftId, count: 1, creator, stream: 'seed-stream', idempotencyKey: `seed-gift-${i}` });
  }
}
