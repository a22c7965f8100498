import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeRequestSchema, parseAnnouncement } from '@core';
import { malformedBridgeRequests } from '../../../support/malformed-bridge-requests';
import { bridgeBackground, gift } from '../../extension/lib/bridge/bridge-background';

const provider = { request: () => Promise.resolve(null), on: () => undefined };
const info = {
  uuid: '0e6c2a2c-7b1f-4a8e-9c1d-3f2b5a6d7e8f',
  name: 'LiveGift Wallet',
  icon: 'data:image/svg+xml,%3Csvg%3E%3C/svg%3E',
  rdns: 'invalid.livegift.wallet',
};
const announcement = (detail: object) => parseAnnouncement(Object.freeze({ ...detail }));

describe('provider announcements', () => {
  it('a frozen announcement with a v4 uuid, a data:image icon and a reverse domain is accepted', () => {
    expect(announcement({ info, provider })?.info.name).toBe('LiveGift Wallet');
  });

  it.each([
    ['a uuid that is not v4', { ...info, uuid: '0e6c2a2c-7b1f-1a8e-9c1d-3f2b5a6d7e8f' }],
    ['an icon fetched from the network', { ...info, icon: 'https://evil.example/icon.png' }],
    ['a name-less wallet', { ...info, name: '' }],
    ['an rdns that is one label', { ...info, rdns: 'livegift' }],
  ])('an announcement with %s is ignored', (_, badInfo) => {
    expect(announcement({ info: badInfo, provider })).toBeNull();
  });

  it('an announcement whose provider cannot request, or that is not frozen, is ignored', () => {
    expect(announcement({ info, provider: { on: () => undefined } })).toBeNull();
    expect(parseAnnouncement({ info, provider })).toBeNull();
    expect(parseAnnouncement('LiveGift')).toBeNull();
  });
});

describe('bridge requests', () => {
  it('gift_send takes exactly creator, stream, giftId, count and idempotencyKey', () => {
    expect(bridgeRequestSchema.safeParse(gift()).success).toBe(true);
    expect(bridgeRequestSchema.safeParse(gift({ price: 0 })).success).toBe(false);
    expect(bridgeRequestSchema.safeParse(gift({ count: 1.5 })).success).toBe(false);
    expect(bridgeRequestSchema.safeParse(gift({ count: 0 })).success).toBe(false);
    expect(bridgeRequestSchema.safeParse(gift({ idempotencyKey: 'short' })).success).toBe(false);
    expect(bridgeRequestSchema.safeParse({ method: 'wallet_balance', params: [] }).success).toBe(true);
    expect(bridgeRequestSchema.safeParse({ method: 'wallet_balance', params: { origin: 'x' } }).success).toBe(false);
  });

  it('1,000 random malformed requests each answer -32602 and spend nothing', async () => {
    const bg = await bridgeBackground();
    await bg.call({ method: 'wallet_connect' });
    const malformed = malformedBridgeRequests();
    await fc.assert(
      fc.asyncProperty(malformed, async (request) => {
        const reply = await bg.call(request);
        expect(reply.ok ? null : reply.error.code).toBe(-32602);
      }),
      { numRuns: 1000 },
    );
    expect(await bg.wallet.balance()).toBe(7000);
  });
});
