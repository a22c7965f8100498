import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';

/**
 * Where the scam-link warnings for the current tab go (issue 5 fills it). It renders its children,
 * or nothing while no component is plugged in, and keeps its landmark so the place is easy to find.
 */
export function ScamWarningsSlot({ children }: { children?: ComponentChildren }) {
  return (
    <section aria-label={i18n.t('popup.scamWarnings')} class="scam-warnings" data-slot="scam-warnings">
      {children}
    </section>
  );
}
