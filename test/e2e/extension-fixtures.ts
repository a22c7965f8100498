import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { extensionLaunchOptions } from '../chromium';

/** A fresh browser profile with the built extension loaded, and the extension's id. */
export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', extensionLaunchOptions());
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Runs after the worker's top-level code, so its listeners (navigation guard, messages) are in place.
    await worker.evaluate(() => true);
    await use(new URL(worker.url()).host);
  },
});

export { expect } from '@playwright/test';

/**
 * A fresh profile with the built extension in a browser whose UI language is `language`, once the
 * service worker has run its top-level code (its listeners are in place).
 */
export async function launchExtensionIn(language: 'en' | 'es'): Promise<{ context: BrowserContext; extensionId: string }> {
  const base = extensionLaunchOptions();
  const context = await chromium.launchPersistentContext('', {
    ...base,
    args: [...base.args, `--lang=${language}`],
    env: { ...process.env, LANGUAGE: language },
    locale: language === 'es' ? 'es-ES' : 'en-US',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => true);
  return { context, extensionId: new URL(worker.url()).host };
}
