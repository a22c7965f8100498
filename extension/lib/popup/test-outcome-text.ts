import { i18n } from '#i18n';
import type { TestOutcome } from '@core/messages';
import { SANDBOX_SETTLEMENT_DELAY_MS } from '@core/payments';

/** What each sandbox test instrument will do, in the viewer's language. */
export function testOutcomeText(outcome: TestOutcome): string {
  switch (outcome) {
    case 'succeeds':
      return i18n.t('sandbox.succeeds');
    case 'declined':
      return i18n.t('sandbox.declined');
    case 'insufficient-funds':
      return i18n.t('sandbox.insufficientFunds');
    case 'blocked-by-bank':
      return i18n.t('sandbox.blockedByBank');
    case 'settles-after-delay':
      return i18n.t('sandbox.settlesAfterDelay', { seconds: String(SANDBOX_SETTLEMENT_DELAY_MS / 1000) });
    case 'network-failure':
      return i18n.t('sandbox.networkFailure');
  }
}
