import type { LinkVerdict } from '@core';
import { createBadgePainter } from './badge-painter';
import { installClickGuard } from './click-guard';
import { askBackground } from './content-client';
import { afterLoadWhenIdle } from './idle-slices';
import { LinkScanner } from './link-scanner';
import { readPageSignals, showPageBanner } from './page-banner';

/**
 * The content script's work on one page: badge flagged links (now and as they appear), guard clicks on them,
 * and warn when the page itself poses as a recharge or login page. Every verdict comes from the background,
 * which also keeps what was found for the popup; this script only collects links and draws.
 *
 * At start only the click guard is registered (a click before any verdict arrived is held until it does);
 * everything else waits for the page's first idle time after its load event.
 */
export function startScamProtection(): void {
  /** Hosts the viewer chose "Open anyway" for on this page; the background keeps them for the session. */
  const trustedHere = new Set<string>();

  // Badges are drawn as soon as every verdict asked for is in, and at intervals while a long page is still
  // being answered (badge-painter.ts).
  const badges = createBadgePainter();
  const scanner = new LinkScanner(
    (anchors, link) => {
      if (link.verdict === 'scam' || link.verdict === 'suspicious') badges.add(anchors, link);
    },
    () => badges.flush(),
  );

  const hostOf = (key: string) => URL.parse(key)?.hostname ?? '';
  const withTrust = (key: string, link: LinkVerdict | null | undefined) =>
    link && trustedHere.has(hostOf(key)) ? { ...link, trusted: true } : (link ?? undefined);
  let warning: Promise<unknown> = Promise.resolve();
  installClickGuard({
    known: (key) => withTrust(key, scanner.known(key)),
    verdictFor: async (key) => withTrust(key, await scanner.verdictFor(key)) ?? null,
    warned: (href) => void (warning = askBackground({ type: 'scam/warned', url: href })),
    openAnyway: async (anchor, link) => {
      if (link.verdict !== 'scam') return;
      trustedHere.add(anchor.hostname);
      // The background trusts only the link it was told about: that message must have arrived first.
      await warning;
      // Without this the navigation guard would stop the viewer a second time for the same choice.
      await askBackground({ type: 'scam/trust-for-session', url: anchor.href });
    },
  });

  afterLoadWhenIdle(() => {
    scanner.enqueue(document);
    // From here on, links the page adds or re-points are scanned too (the whole-page scan covers what came before).
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') scanner.enqueue(record.target);
        else for (const node of record.addedNodes) scanner.enqueue(node);
      }
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });

    void askBackground({ type: 'scam/page-check', signals: readPageSignals() }).then((answer) => {
      if (answer?.ok && answer.warning) showPageBanner(answer.warning);
    });
  });
}
