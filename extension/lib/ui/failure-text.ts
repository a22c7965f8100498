import { i18n } from '#i18n';
import type { Failure } from '@core/messages';
import { backupProblemText } from './backup-problem-text';
import { formatTimeUntil } from './format';

/** What a refusal means for the person reading it, in their language. */
export function failureText(failure: Failure, now = Date.now()): string {
  switch (failure.code) {
    case 'insufficient-coins':
      return i18n.t('errors.insufficientCoins');
    case 'over-budget':
      return i18n.t('errors.overBudget');
    case 'over-parental-limit':
      return failure.approvalId ? i18n.t('errors.overParentalLimitAsked') : i18n.t('errors.overParentalLimit');
    case 'recharge-pending':
      return i18n.t('errors.rechargePending');
    case 'recharges-locked':
      return i18n.t('errors.rechargesLocked');
    case 'payment-failed':
      return i18n.t('errors.paymentFailed');
    case 'pin-wrong':
      return i18n.t('errors.pinWrong', failure.attemptsLeft ?? 0);
    case 'pin-locked':
      return i18n.t('errors.pinLocked', { when: formatTimeUntil((failure.lockedUntil ?? now) - now) });
    case 'pin-not-set':
      return i18n.t('errors.pinNotSet');
    case 'pin-already-set':
      return i18n.t('errors.pinAlreadySet');
    case 'parental-session-expired':
      return i18n.t('errors.parentalSessionExpired');
    case 'invalid-backup':
      return backupProblemText(failure.backupProblem);
    case 'invalid-request':
      return i18n.t('errors.invalidRequest', { detail: failure.message });
    case 'corrupt-record':
      return i18n.t('errors.corruptRecord');
    case 'bad-response':
    case 'internal':
      return i18n.t('errors.internal');
    default:
      return i18n.t('errors.generic', { detail: failure.message });
  }
}
