import type { Browser } from 'wxt/browser';
import type { KeyValueStore } from './key-value-store';

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
