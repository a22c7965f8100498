import { i18n } from '#i18n';
import type { BadgeWords } from '@core';

/**
 * A flagged link's badge words in the viewer's language, with its reasons (already sentences) in the tooltip.
 * Worded in the background, so the content script draws badges without loading the extension's strings.
 */
export function badgeWords(verdict: 'scam' | 'suspicious', reasons: readonly string[]): BadgeWords {
  const [text, title, label] =
    verdict === 'scam'
      ? [i18n.t('scam.badge.scam'), i18n.t('scam.badge.titleScam'), i18n.t('scam.badge.labelScam')]
      : [i18n.t('scam.badge.suspicious'), i18n.t('scam.badge.titleSuspicious'), i18n.t('scam.badge.labelSuspicious')];
  return { text, title: [title, ...reasons].join('\n'), label };
}
