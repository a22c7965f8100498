import { i18n } from '#i18n';

/**
 * A failed scam-link request in the viewer's language, by its code. The background's own message is English
 * and meant for logs; it is shown only for a code this page does not know.
 */
export function scamFailureText(failure: { code: string; message: string }): string {
  switch (failure.code) {
    case 'invalid-url':
      return i18n.t('scam.errors.invalidUrl');
    case 'invalid-request':
      return i18n.t('scam.errors.invalidRequest');
    case 'forbidden':
      return i18n.t('scam.errors.forbidden');
    case 'internal':
    case 'bad-response':
      return i18n.t('scam.errors.internal');
    case 'unreachable':
      return i18n.t('scam.errors.unreachable');
    default:
      return failure.message;
  }
}
