import { i18n } from '#i18n';

/** Shown wherever coins are bought while the sandbox provider is in use. */
export function TestModeBadge() {
  return (
    <span class="test-mode" title={i18n.t('common.testModeHint')}>
      {i18n.t('common.testMode')}
    </span>
  );
}
