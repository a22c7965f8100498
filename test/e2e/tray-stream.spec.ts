import { expect, test } from '@playwright/test';
import { TrayPage } from './pages/tray-page';

test('gifts from other viewers and from this viewer fill the goal and the top gifters', async ({ page }) => {
  const tray = await TrayPage.open(page);
  await expect(tray.goalFigures()).toHaveText('0 / 5,000 coins');
  await page.evaluate(() => {
    const element = document.querySelector('gift-tray')!;
    element.addGiftEvent({ id: 'feed-1', from: 'ana.b', coins: 99 });
    element.addGiftEvent({ id: 'feed-1', from: 'ana.b', coins: 99 }); // redelivered: counted once
    element.addGiftEvent({ from: 'joe', coins: 1500, stream: 'some-other-stream' }); // not this stream
    element.addGiftEvent({ from: 'sam_k', coins: 5 });
  });
  await expect(tray.goalFigures()).toHaveText('104 / 5,000 coins');
  await tray.addTestCoins();
  await tray.gift('Doughnut', '30 coins').click();
  await expect(tray.goalFigures()).toHaveText('134 / 5,000 coins');
  await expect(tray.topGifters().getByRole('listitem')).toHaveText(['ana.b99 coins', 'You30 coins', 'sam_k5 coins']);
  await expect(tray.tray.getByRole('progressbar', { name: 'Stream goal' })).toHaveAttribute('value', '134');
});

test('the demo page feeds other viewers’ gifts to the tray through addGiftEvent', async ({ page }) => {
  const tray = await TrayPage.open(page, 'goal=5000');
  await expect(tray.topGifters().getByRole('listitem').first()).toBeVisible({ timeout: 10_000 });
  await expect(tray.goalFigures()).not.toHaveText('0 / 5,000 coins');
});

test('the tray speaks Spanish, numbers included', async ({ page }) => {
  const tray = await TrayPage.open(page, 'feed=off&locale=es');
  await expect(tray.tray.getByText('MODO DE PRUEBA', { exact: true })).toBeVisible();
  await expect(tray.tray.getByRole('button', { name: 'Lion, 29.999 monedas, Legendario' })).toBeVisible();
  await tray.tray.getByRole('button', { name: /Añadir 70 monedas de prueba/ }).click();
  await expect(tray.balance()).toHaveText('70 monedas');
  await tray.gift('Rose', '1 moneda').click();
  await expect(tray.status()).toHaveText('Enviaste Rose ×1 por 1 moneda.');
  await expect(tray.topGifters().getByRole('listitem')).toHaveText(['Tú1 moneda']);
});
