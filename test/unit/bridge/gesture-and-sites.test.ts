import { describe, expect, it } from 'vitest';
import { MemoryKeyValueStore } from '../../../extension/lib/background/key-value-store';
import { ConnectedSites } from '../../../extension/lib/bridge/connected-sites';
import { watchGestures } from '../../../extension/lib/bridge/gesture-watch';

/** A window whose event listeners the test calls itself, with events that are trusted or not. */
function fakeWindow() {
  const listeners = new Map<string, (event: Event) => void>();
  const win = { addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener) };
  const fire = (type: string, isTrusted: boolean) => listeners.get(type)!({ isTrusted } as Event);
  return { win: win as unknown as Window, fire };
}

describe('gestures the content script accepts', () => {
  it('a trusted tap pays for one gift, and only within five seconds', () => {
    let now = 1_000;
    const { win, fire } = fakeWindow();
    const spend = watchGestures(win, () => now);
    fire('pointerdown', true);
    expect(spend()).toBe(true);
    expect(spend()).toBe(false);
    fire('keydown', true);
    now += 5_001;
    expect(spend()).toBe(false);
  });

  it('an event a page script dispatched is not a gesture', () => {
    const { win, fire } = fakeWindow();
    const spend = watchGestures(win, () => 0);
    fire('pointerdown', false);
    fire('keydown', false);
    expect(spend()).toBe(false);
  });
});

describe('connected sites', () => {
  it('are kept per origin and a damaged record connects nobody', async () => {
    const store = new MemoryKeyValueStore();
    const sites = new ConnectedSites(store);
    await sites.connect('https://b.example', 1);
    await sites.connect('https://a.example', 2);
    expect((await sites.list()).map((site) => site.origin)).toEqual(['https://a.example', 'https://b.example']);
    expect(await sites.disconnect('https://a.example')).toBe(true);
    expect(await sites.disconnect('https://a.example')).toBe(false);
    await store.set('bridge.connectedSites', { 'https://b.example': { origin: 'https://b.example', connectedAt: 'yesterday' } });
    expect(await sites.get('https://b.example')).toBeUndefined();
  });

  it('confirm gifts from 1,000 coins unless the viewer chose another size', async () => {
    const sites = new ConnectedSites(new MemoryKeyValueStore());
    expect(await sites.confirmAtCoins()).toBe(1000);
    await sites.setConfirmAtCoins(50);
    expect(await sites.confirmAtCoins()).toBe(50);
  });
});
