import { describe, expect, it } from 'vitest';
import { DurableSandboxProvider } from '../../../../../extension/lib/background/durable-sandbox-provider';
import { MemoryKeyValueStore } from '../../../../../extension/lib/platform/key-value-store';

const DELAY = 10_000;
const charge = (paymentId: string, token: string) => ({
  paymentId,
  amountMinor: 999,
  currency: 'USD',
  region: 'US',
  instrument: { method: 'card', token },
});

describe('the sandbox provider across service worker restarts', () => {
  it('settles a delayed payment when it was due, not a delay after the restart', async () => {
    const clock = { time: 1_000_000, now() { return this.time; } };
    const store = new MemoryKeyValueStore();
    const first = new DurableSandboxProvider(store, clock, DELAY);
    expect(await first.charge(charge('pay-1', '4000 0000 0000 0077'))).toMatchObject({ status: 'pending' });

    clock.time += 6_000;
    const restarted = new DurableSandboxProvider(store, clock, DELAY);
    expect(await restarted.lookup('pay-1')).toMatchObject({ status: 'pending' });
    clock.time += 4_000;
    expect(await restarted.lookup('pay-1')).toMatchObject({ status: 'succeeded' });
  });

  it('answers a repeated charge after a restart as the first one, without charging again', async () => {
    const clock = { now: () => 5_000 };
    const store = new MemoryKeyValueStore();
    const first = await new DurableSandboxProvider(store, clock, DELAY).charge(charge('pay-2', '4242 4242 4242 4242'));
    const again = await new DurableSandboxProvider(store, clock, DELAY).charge(charge('pay-2', '4242 4242 4242 4242'));
    expect(again).toEqual(first);
    expect(await store.get('sandbox.receivedPayments')).toHaveLength(1);
  });

  it('knows nothing of a payment that never reached it', async () => {
    const provider = new DurableSandboxProvider(new MemoryKeyValueStore(), { now: () => 0 }, DELAY);
    expect(await provider.lookup('pay-unknown')).toMatchObject({ status: 'failed', reason: 'network' });
  });
});
