import { expect, test, type Page } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

/** Gives the tray a site's own wallet that holds `balance` coins and refuses every gift with `refusal`. */
async function useRefusingWallet(page: Page, balance: number, refusal: Record<string, string>) {
  await page.evaluate(
    ({ balance, refusal }) => {
      document.querySelector('gift-tray')!.wallet = {
        balance: () => Promise.resolve(balance),
        recentEntries: () => Promise.resolve([]),
        recharge: () => Promise.reject(refusal),
        sendGift: () => Promise.reject(refusal),
      };
    },
    { balance, refusal },
  );
}

test('a site’s own wallet replaces the test wallet and is reported as custom', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.recordEvents();
  await useRefusingWallet(page, 4321, { code: 'over-budget', message: 'Budget reached' });
  await tray.expectBalance(4321);
  await expect(tray.tray.getByText('TEST MODE', { exact: true })).toHaveCount(0);
  expect(await tray.events('wallet-change')).toContainEqual({ source: 'custom', balance: 4321 });
});

test('a budget refusal shows which limit was reached', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await tray.recordEvents();
  await useRefusingWallet(page, 500, { code: 'over-budget', message: 'Your monthly gift budget is used up.' });
  await tray.expectBalance(500);
  await tray.gift('Doughnut', '30 coins').click();
  await expect(tray.limitBanner()).toContainText('Your gift budget is reached');
  expect(await tray.events('gift-failed')).toEqual([
    { giftId: 'doughnut', count: 1, code: 'over-budget', message: 'Your monthly gift budget is used up.' },
  ]);
  await tray.limitBanner().getByRole('button', { name: 'Dismiss' }).click();
  await expect(tray.limitBanner()).toHaveCount(0);
});

test('a parental refusal names the parental limit and the approval request', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await useRefusingWallet(page, 500, { code: 'over-parental-limit', message: 'Daily limit', approvalId: 'approval-1' });
  await tray.expectBalance(500);
  await tray.gift('Doughnut', '30 coins').click();
  await expect(tray.limitBanner()).toContainText('A parental limit blocks this gift. A parent has been asked to approve it.');
});

test('a wallet set before the tray’s script loaded is still used', async ({ page }) => {
  await page.route('**/demo/early-wallet.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>early</title><gift-tray creator="c" stream="s"></gift-tray>' }),
  );
  await page.goto('/demo/early-wallet.html');
  await page.evaluate(() => {
    (document.querySelector('gift-tray') as unknown as { wallet: unknown }).wallet = {
      balance: () => Promise.resolve(777),
      recentEntries: () => Promise.resolve([]),
      recharge: () => Promise.reject({ code: 'recharges-locked', message: 'Locked' }),
      sendGift: () => Promise.reject({ code: 'over-budget', message: 'Budget' }),
    };
  });
  await page.addScriptTag({ url: '/widget/gift-tray.js', type: 'module' });
  const tray = new TrayPage(page);
  await tray.expectBalance(777);
  await tray.tray.getByRole('button', { name: 'Recharge' }).click();
  await expect(tray.tray.getByRole('alert')).toContainText('A parent has locked recharges.');
});
