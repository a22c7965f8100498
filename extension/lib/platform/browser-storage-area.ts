import { browser, type Browser } from 'wxt/browser';
import { MemoryKeyValueStore, type KeyValueStore } from './key-value-store';

/** A browser.storage area (local: kept on disk; session: kept until the browser closes) as a KeyValueStore. */
export class BrowserStorageArea implements KeyValueStore {
  constructor(private readonly area: Browser.storage.StorageArea) {}

  async get(key: string): Promise<unknown> {
    const values = await this.area.get(key);
    return values[key];
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.area.set({ [key]: value });
  }

  async remove(key: string): Promise<void> {
    await this.area.remove(key);
  }
}

/**
 * The extension's storage areas, built once by the background. The unlock session may vanish with the
 * browser; older Firefox releases have no session area, so a Map stands in for it there.
 */
export function extensionStorageAreas(): { local: KeyValueStore; session: KeyValueStore } {
  return {
    local: new BrowserStorageArea(browser.storage.local),
    session: browser.storage.session ? new BrowserStorageArea(browser.storage.session) : new MemoryKeyValueStore(),
  };
}
