import { describe, expect, it } from 'vitest';
import { MemoryKeyValueStore } from '../../../../../extension/lib/platform/key-value-store';
import { ConnectedSites } from '../../../../../extension/lib/bridge/connected-sites';
import { watchGestures } from '../../../../../extension/lib/bridge/gesture-watch';

/** An element that answers `closest` as a button (or a text field) would. */
const button = { closest: (selector: string) => (selector.includes('button') ? button : null) };
const textField = { closest: () => null };

/** A window whose event listeners the test calls itself, with events that are trusted or not. */
function fakeWindow() {
  const listeners = new Map<string, (event: Event) => void>();
  const win = { addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener) };
  const fire = (type: string, isTrusted: boolean, fields: Record<string, unknown> = {}) =>
    listeners.get(type)!({ type, isTrusted, button: 0, key: 'Enter', composedPath: () => [button], ...fields } as unknown as Event);
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

  it('a held key, a shortcut, typing in a text field or a right click is not a gesture', () => {
    const { win, fire } = fakeWindow();
    const spend = watchGestures(win, () => 0);
    // One held Enter: the first press counts, the auto-repeats do not.
    fire('keydown', true);
    fire('keydown', true, { repeat: true });
    fire('keydown', true, { repeat: true });
    expect(spend()).toBe(true);
    expect(spend()).toBe(false);
    fire('keydown', true, { ctrlKey: true });
    fire('keydown', true, { metaKey: true });
    fire('keydown', true, { key: 'a' });
    fire('keydown', true, { key: 'Shift' });
    fire('keydown', true, { key: ' ', composedPath: () => [textField] });
    fire('keydown', true, { composedPath: () => [] });
    fire('pointerdown', true, { button: 2 });
    expect(spend()).toBe(false);
    fire('keydown', true, { key: ' ' });
    expect(spend()).toBe(true);
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
