import { expect, test, type Page } from '@playwright/test';
import { launchExtensionIn } from './extension-fixtures';

/**
 * Every screen, at a phone's and a desktop's width, in light and dark, in English and Spanish: nothing
 * scrolls sideways, no heading or balance is cut off, and no gift button sticks out of the tray's grid.
 */
const LANGUAGES = ['en', 'es'] as const;
const SCHEMES = ['light', 'dark'] as const;
const EXTENSION_SCREENS = [
  { path: 'popup.html', widths: [360], height: 600 },
  { path: 'options.html', widths: [360, 1280], height: 900 },
  { path: 'wallet-history.html', widths: [360, 1280], height: 900 },
];
const TRAY_WIDTHS = [320, 360, 390, 1280];


/** What sticks out: the page's sideways overflow, and every text box narrower than its text. */
async function overflow(page: Page, textSelector: string) {
  return page.evaluate((selector) => {
    const root = document.documentElement;
    const clipped = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.getClientRects().length > 0 && element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 40)}`);
    return { sideways: root.scrollWidth - root.clientWidth, clipped };
  }, textSelector);
}

for (const language of LANGUAGES) {
  test(`the extension's screens fit at 360 px and 1280 px, light and dark (${language})`, async () => {
    test.setTimeout(120_000);
    const { context, extensionId } = await launchExtensionIn(language);
    try {
      const page = await context.newPage();
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const screen of EXTENSION_SCREENS) {
          for (const width of screen.widths) {
            await page.setViewportSize({ width, height: screen.height });
            await page.goto(`chrome-extension://${extensionId}/${screen.path}`);
            await expect(page.locator('h1')).toBeVisible();
            await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
            const found = await overflow(page, 'h1, h2, header, .balance, nav a, button');
            expect(found, `${screen.path} at ${width} px, ${scheme}`).toEqual({ sideways: 0, clipped: [] });
          }
        }
      }
    } finally {
      await context.close();
    }
  });

  test(`the tray fits at 320, 360, 390 and 1280 px, light and dark, with no gift cut off (${language})`, async ({ browser }) => {
    test.setTimeout(120_000);
    for (const scheme of SCHEMES) {
      for (const width of TRAY_WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
        await page.goto(`/demo/?feed=off&locale=${language}`);
        const tray = page.locator('gift-tray');
        await expect(tray.getByRole('region', { name: /Send a gift|Enviar un regalo/ })).toBeVisible();
        await expect(tray.getByTestId('tray-balance')).toHaveText(/\d/);
        const where = `${width} px, ${scheme}`;
        const inTray = await tray.evaluate((host) => {
          const root = host.shadowRoot!;
          const clipped = [...root.querySelectorAll<HTMLElement>('.bar, .bar *, .controls *, button')]
            .filter((element) => element.getClientRects().length > 0 && element.scrollWidth > element.clientWidth + 1)
            .map((element) => `${element.className}: ${element.textContent?.trim().slice(0, 40)}`);
          const grid = root.querySelector<HTMLElement>('.gifts')!;
          const scroller = root.querySelector<HTMLElement>('.gift-area')!;
          const area = scroller.getBoundingClientRect();
          const outside = [...grid.querySelectorAll<HTMLElement>('button')]
            .map((button) => ({ name: button.getAttribute('aria-label') ?? button.textContent, box: button.getBoundingClientRect() }))
            .filter(({ box }) => box.left < area.left - 0.5 || box.right > area.right + 0.5)
            .map(({ name }) => name);
          // Whatever the grid cannot show at once it scrolls, so every gift can be reached.
          const reachable = scroller.scrollHeight <= scroller.clientHeight || ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY);
          // Nothing may stick out of the tray itself, where the host's frame would cut it off.
          const frame = host.getBoundingClientRect();
          const beyond = [...root.querySelectorAll<HTMLElement>('.tray *')]
            .filter((element) => element.getClientRects().length > 0 && element.closest('dialog') === null)
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.width > 0 && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5);
            })
            .map((element) => `${element.className}: ${element.textContent?.trim().slice(0, 40)}`);
          return { clipped: [...clipped, ...beyond], outside, reachable };
        });
        expect(inTray, where).toEqual({ clipped: [], outside: [], reachable: true });
        expect((await overflow(page, 'h1')).sideways, where).toBe(0);
        await page.close();
      }
    }
  });
}
