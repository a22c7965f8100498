import { expect, test } from './extension-fixtures';
import { answerWindow, connectTray, fundExtensionWallet } from './pages/bridge-page';
import { OptionsPage } from './pages/options-page';

// Ask to Buy through the wallet bridge: a gift over a parental cap asks a parent; the tray hears the
// answer without a reload, and an approved gift goes through once, on the next tap.
test('a gift a parent approves in options is offered again in the tray and sent once; a declined one says so', async ({ context, extensionId }) => {
  test.setTimeout(90_000);
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('2468');
  await options.setCap('Largest single gift', 50);
  await options.saveLimits();

  const tray = await connectTray(context, await context.newPage());
  await answerWindow(context, () => tray.gift('Rose', '1 coin').click(), 'Send gift');
  await tray.expectBalance(699);

  const banner = tray.tray.locator('[part="limit"]');
  const hat = tray.gift('Hat and Mustache', '99 coins');
  await hat.click();
  await expect(banner).toHaveAttribute('data-approval', 'pending');
  await expect(banner).toContainText('A parent has been asked to approve it.');
  // Tapping the same gift again while the parent has not answered raises no second request.
  await hat.click();
  await expect(banner).toHaveAttribute('data-approval', 'pending');

  await options.page.reload();
  await options.unlock('2468');
  await expect(options.approvals().getByRole('listitem')).toHaveCount(1);
  // The parent sees exactly what the approval pays for.
  const exact = options.approvals().getByTestId('approval-exact');
  await expect(exact).toContainText('Hat and Mustache ×1');
  await expect(exact).toContainText('mia-cooks');
  await expect(exact).toContainText('sunday-pancakes');
  await options.approvals().getByRole('button', { name: 'Approve: Hat and Mustache ×1 to mia-cooks' }).click();

  // The tray learns of the answer without a reload, and the next tap sends the approved gift, once.
  await expect(banner).toHaveAttribute('data-approval', 'approved');
  await expect(banner).toContainText('A parent approved your gift: tap it again to send it.');
  await hat.click();
  await tray.expectBalance(600);
  await expect(banner).toHaveCount(0);

  // Another Hat is a new purchase: it asks again, and this time the parent declines.
  await hat.click();
  await expect(banner).toHaveAttribute('data-approval', 'pending');
  await options.page.reload();
  await options.unlock('2468');
  await options.approvals().getByRole('button', { name: 'Decline: Hat and Mustache ×1 to mia-cooks' }).click();
  await expect(banner).toHaveAttribute('data-approval', 'declined');
  await expect(banner).toContainText('A parent declined your gift.');
  await tray.expectBalance(600);
  await popup.page.reload();
  await popup.expectBalance(600);
});
