import { test } from './firefox-fixtures';
import { openPopup } from './firefox-flows';

test('a viewer buys 700 test coins in Firefox and gets a receipt and the new balance', async ({ firefox }) => {
  const { popup } = await openPopup(firefox);
  await popup.expectBalance(0);
  await popup.openRecharge();
  await popup.ui.expectVisible(popup.testMode());
  await popup.recharge(700);
  await popup.ui.expectContainsText(popup.receipt(), '700 coins were added to your balance.');
  await popup.ui.expectContainsText(popup.receipt(), '$9.99');
  await popup.expectBalance(700);
  await popup.ui.expectContainsText(popup.recentActivity(), '+700 coins recharged');

  // The balance lives in the background: a popup opened afterwards shows it too.
  const { popup: reopened } = await openPopup(firefox);
  await reopened.expectBalance(700);
});

test('a declined card in Firefox adds nothing and says what to do about a decline', async ({ firefox }) => {
  const { popup } = await openPopup(firefox);
  await popup.recharge(350, 'Declined');
  await popup.ui.expectContainsText(popup.paymentFailed(), 'Your bank declined the payment.');
  await popup.ui.expectContainsText(popup.paymentFailed(), 'Check the card number, expiry date and security code.');
  await popup.expectBalance(0);
});
