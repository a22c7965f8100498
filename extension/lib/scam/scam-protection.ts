import type { LinkVerdict } from '../../../core';
import { installClickGuard } from './click-guard';
import { askBackground } from './content-client';
import { whenIdle } from './idle-slices';
import { addBadge } from './link-badge';
import { LinkScanner } from './link-scanner';
import { readPageSignals, showPageBanner } from './page-banner';

/** Longest wait before the badges found so far are drawn, while a long page is still being answered. */
const BADGE_BATCH_MS = 500;

/**
 * The content script's work on one page: badge flagged links (now and as they appear), guard clicks on them,
 * and warn when the page itself poses as a recharge or login page. Every verdict comes from the background,
 * which also keeps what was found for the popup; this script only collects links and draws.
 */
export function startScamProtection(): void {
  /** Hosts the viewer chose "Open anyway" for on this page; the background keeps them for the session. */
  const trustedHere = new Set<string>();

  // Badges are written together: every DOM write makes the browser restyle and lay out the page in the next
  // frame, which on a page with 10,000 links costs more than anything else here. They are drawn as soon as
  // every verdict asked for is in, and at least every BADGE_BATCH_MS while a long page is still being answered.
  const pending: [HTMLAnchorElement, LinkVerdict][] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawBadges = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [anchor, link] of pending.splice(0)) if (anchor.isConnected) addBadge(anchor, link);
  };
  const scanner = new LinkScanner(
    (anchors, link) => {
      if (link.verdict !== 'scam' && link.verdict !== 'suspicious') return;
      for (const anchor of anchors) pending.push([anchor, link]);
      timer ??= setTimeout(drawBadges, BADGE_BATCH_MS);
    },
    drawBadges,
  );
  scanner.enqueue(document);

  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') scanner.enqueue(record.target);
      else for (const node of record.addedNodes) scanner.enqueue(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });

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

  whenIdle(() => {
    void askBackground({ type: 'scam/page-check', signals: readPageSignals() }).then((answer) => {
      if (answer?.ok && answer.warning) showPageBanner(answer.warning);
    });
  });
}
