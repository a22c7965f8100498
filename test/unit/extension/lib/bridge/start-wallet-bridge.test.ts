import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemoryWalletStore, SandboxPaymentProvider, WalletService } from '@core';
import { MemoryKeyValueStore } from '../../../../../extension/lib/platform/key-value-store';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { startWalletBridge } = await import('../../../../../extension/lib/bridge/start-wallet-bridge');
const { WalletPreferences } = await import('../../../../../extension/lib/background/wallet-preferences');
const { ConnectedSites } = await import('../../../../../extension/lib/bridge/connected-sites');
const { routeMessage } = await import('../../../../../extension/lib/background/message-router');

const extension = { id: 'livegift', origin: 'chrome-extension://livegift/' };

function bridge() {
  const local = new MemoryKeyValueStore();
  const wallet = new WalletService({ storage: new MemoryWalletStore(), payments: new SandboxPaymentProvider(), timeZone: 'UTC' });
  const notify = vi.fn(() => Promise.resolve());
  const started = startWalletBridge({ wallet, local, preferences: new WalletPreferences(local, 'US'), notify, extension });
  // The bridge's admin operations, answered through the protocol's router as the background does.
  const ask = (type: string, payload: unknown) => routeMessage(started.adminHandlers as never, { type, payload });
  return { ...started, ask, sites: new ConnectedSites(local) };
}

beforeEach(() => {
  fakeBrowser.reset();
  // No consent window was left open by an earlier worker.
  vi.spyOn(fakeBrowser.runtime, 'getContexts').mockImplementation((() => Promise.resolve([])) as never);
});

describe('the bridge’s operations for the extension’s own pages', () => {
  it('lists connected sites with the confirmation threshold, and keeps a new threshold', async () => {
    const { ask, sites } = bridge();
    await sites.connect('https://live.example', 1_000);
    expect(await ask('bridge/sites-list', {})).toEqual({
      ok: true,
      value: { confirmAtCoins: 1000, sites: [{ origin: 'https://live.example', connectedAt: 1_000 }] },
    });
    expect(await ask('bridge/set-confirm-threshold', { coins: 250 })).toEqual({ ok: true, value: {} });
    expect(await ask('bridge/sites-list', {})).toMatchObject({ ok: true, value: { confirmAtCoins: 250 } });
  });

  it('refuses a consent answer no question waits for with a code, and disconnects a site', async () => {
    const { ask, sites } = bridge();
    expect(await ask('bridge/consent-answer', { requestId: 'never-asked', approved: true })).toMatchObject({ ok: false, code: 'unknown-consent' });
    await sites.connect('https://live.example', 1_000);
    expect(await ask('bridge/sites-disconnect', { origin: 'https://live.example' })).toEqual({ ok: true, value: {} });
    expect(await sites.get('https://live.example')).toBeUndefined();
  });

  it('takes no relay from a content script on a plain-http site or one that claims its origin in the message', async () => {
    const { fromContentScript } = bridge();
    const relay = { type: 'bridge/request', envelope: { channel: 'livegift-bridge', direction: 'to-wallet', id: 'x', request: { method: 'wallet_balance' } }, gesture: true };
    expect(fromContentScript(relay, { id: 'livegift', url: 'http://evil.example/', tab: { id: 3 } })).toBeUndefined();
    expect(fromContentScript({ ...relay, origin: 'https://live.example' }, { id: 'livegift', url: 'http://evil.example/', tab: { id: 3 } })).toBeUndefined();
  });
});
