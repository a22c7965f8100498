import { ANNOUNCE_PROVIDER_EVENT, REQUEST_PROVIDER_EVENT } from '@core/bridge/bridge-names';
import { expect, test } from './extension-fixtures';

/**
 * The page's first script, in its <head>, asks for wallets synchronously and answers a connection request
 * once the page is idle: the provider must already be there, and the relay behind it.
 */
const pageAskingAtOnce = `<!doctype html><html><head><script>
  window.found = [];
  addEventListener(${JSON.stringify(ANNOUNCE_PROVIDER_EVENT)}, (event) => found.push(event.detail));
  dispatchEvent(new Event(${JSON.stringify(REQUEST_PROVIDER_EVENT)}));
  window.foundBeforeAnyOtherScript = found.map((wallet) => wallet.info.name);
</script></head><body><p>a site</p></body></html>`;

test('the wallet provider answers the page’s very first script, and its requests reach the wallet', async ({ context, extensionId }) => {
  expect(extensionId).not.toBe('');
  const page = await context.newPage();
  await page.route('https://first-script.test/**', (route) => route.fulfill({ contentType: 'text/html', body: pageAskingAtOnce }));
  await page.goto('https://first-script.test/');
  expect(await page.evaluate(() => (window as unknown as { foundBeforeAnyOtherScript: string[] }).foundBeforeAnyOtherScript)).toEqual([
    'LiveGift Wallet',
  ]);
  // The relay is in place too: a request without a connection gets the wallet's refusal, not silence.
  const answer = await page.evaluate(async () => {
    const wallet = (window as unknown as { found: { provider: { request(args: { method: string }): Promise<unknown> } }[] }).found[0]!;
    return wallet.provider.request({ method: 'wallet_balance' }).then(
      () => 'answered',
      (error: { code?: number }) => error.code,
    );
  });
  expect(answer).toBe(4100);
});
