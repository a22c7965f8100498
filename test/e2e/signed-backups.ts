import type { Page } from '@playwright/test';
import { backupSigningKeySchema, signBackupJson } from '@core/storage';

/**
 * Signs a backup built in Node with the extension's own key, read from its storage through an
 * extension page: what only someone with DevTools on the extension could do. Tests use it to seed a
 * wallet the way a restore of the extension's own export would.
 */
export async function signAsThisInstall(extensionPage: Page, json: string): Promise<string> {
  const stored = await extensionPage.evaluate(async () => {
    type Chrome = {
      runtime: { sendMessage(message: unknown): Promise<unknown> };
      storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    // An export creates the installation's key if it has none yet.
    await chrome.runtime.sendMessage({ type: 'backup/export', payload: {} });
    return (await chrome.storage.local.get('backup.signingKey'))['backup.signingKey'];
  });
  return signBackupJson(json, backupSigningKeySchema.parse(stored));
}
