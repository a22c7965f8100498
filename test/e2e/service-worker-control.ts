import type { BrowserContext } from '@playwright/test';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Stops the extension's service worker through the DevTools protocol, the way Chromium stops an idle
 * MV3 worker, and waits until it has really stopped. Returns the statuses seen afterwards, so a test can
 * show that the next message started a fresh worker.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const devtools = await context.newCDPSession(page);
  const statuses: RunningStatus[] = [];
  let resolveStopped: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      statuses.push(version.runningStatus as RunningStatus);
      if (version.runningStatus === 'stopped') resolveStopped();
    }
  });
  await devtools.send('ServiceWorker.enable');
  await devtools.send('ServiceWorker.stopAllWorkers');
  await stopped;
  statuses.length = 0;
  // The DevTools session lives as long as its page, so the page stays open to keep watching.
  return { statusesSinceStop: statuses };
}
