import fc from 'fast-check';

/**
 * Requests no wallet may act on: not an object, no method, or a known method with params outside its
 * schema. `junk` is JSON-safe so the same values survive the trip into a browser page and through
 * extension messaging unchanged. (Unknown method names are left out: they answer 4200, not -32602.)
 */
export function malformedBridgeRequests() {
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.constant(null));
  const knownMethod = fc.constantFrom('wallet_connect', 'wallet_balance', 'wallet_disconnect');
  const malformedGift = fc.record(
    {
      creator: fc.oneof(fc.string({ maxLength: 3 }).map((s) => `${s} ${s}`), fc.integer(), fc.constant('')),
      stream: fc.oneof(fc.constant(''), fc.integer(), fc.boolean()),
      giftId: fc.oneof(fc.constant(''), fc.integer(), fc.string({ minLength: 41, maxLength: 50 })),
      count: fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0.1, max: 0.9, noNaN: true }), fc.integer({ min: 10_000 }), fc.string()),
      idempotencyKey: fc.oneof(fc.string({ maxLength: 7 }), fc.integer(), fc.constant('has spaces in it')),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    junk.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as { method?: unknown }).method !== 'string'),
    fc.record({ method: fc.constant('gift_send'), params: fc.oneof(malformedGift, junk) }),
    fc.record({
      method: knownMethod,
      params: fc.oneof(fc.string(), fc.integer({ min: 1 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1 })),
    }),
  );
}
