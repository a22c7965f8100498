import { test } from './firefox-fixtures';
import { openOptions, openPopup } from './firefox-flows';

test('in Firefox a parental monthly recharge cap set on the options page blocks a recharge and asks a parent', async ({ firefox }) => {
  const { tab: optionsTab, options } = await openOptions(firefox);
  await options.setPin('2468');
  await options.setCap('Recharges per month', 500);
  await options.saveLimits();
  await options.lock();

  const { popup } = await openPopup(firefox);
  await popup.recharge(700);
  await popup.ui.expectText(popup.refusal(), 'A parent’s limit blocks this. A parent was asked to approve it in Settings → Parents.');
  await popup.expectBalance(0);

  await firefox.reload(optionsTab);
  await options.unlock('2468');
  await options.ui.expectContainsText(options.approvals(), 'Recharge 700 coins: 700 coins');
});
