import {
  BUNDLED_SCAM_RULES,
  parseLink,
  rechargePageWarning,
  type ClassifyLists,
  type ScamReason,
  type UrlClassification,
} from '../../../core';
import { installClickGuard } from './click-guard';
import { whenIdle } from './idle-slices';
import { addBadge } from './link-badge';
import { LinkScanner } from './link-scanner';
import { readPageSignals, showPageBanner } from './page-banner';
import { askScam } from './scam-client';

/** Page reports to the background wait this long after the last change, so a busy page sends few messages. */
const REPORT_DELAY_MS = 300;
/** Longest wait before badges found so far are drawn, while a long scan is still running. */
const BADGE_BATCH_MS = 500;

/**
 * The content script's work on one page: badge flagged links (now and as they appear), guard clicks on them,
 * warn when the page itself poses as a recharge or login page, and tell the background what was found.
 */
export async function startScamProtection(): Promise<void> {
  let lists: ClassifyLists = { rules: BUNDLED_SCAM_RULES, allowlist: [] };
  let trusted = new Set<string>();
  const answer = await askScam({ type: 'scam/lists' });
  if (answer.ok) {
    lists = { rules: answer.rules, allowlist: answer.allowlist };
    trusted = new Set(answer.trusted);
  }

  let pageWarning: ScamReason | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      void askScam({ type: 'scam/page-report', findings: [...scanner.findings.values()].slice(0, 200), pageWarning });
    }, REPORT_DELAY_MS);
  };

  // Badges are written in batches: every DOM write makes the browser restyle and lay out the page in the next
  // frame, which on a page with 10,000 links costs more than the scanning itself.
  const pendingBadges: [HTMLAnchorElement, UrlClassification][] = [];
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const flushBadges = () => {
    clearTimeout(badgeTimer);
    badgeTimer = undefined;
    for (const [anchor, classification] of pendingBadges.splice(0)) addBadge(anchor, classification);
  };

  const scanner = new LinkScanner(
    () => lists,
    (anchor, classification) => {
      pendingBadges.push([anchor, classification]);
      badgeTimer ??= setTimeout(flushBadges, BADGE_BATCH_MS);
    },
    () => {
      flushBadges();
      // Lets tests and the benchmark wait on state instead of sleeping.
      document.documentElement.dataset.livegiftScan = JSON.stringify(scanner.stats);
      if (scanner.findings.size > 0 || pageWarning) report();
    },
  );
  scanner.enqueue(document);

  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') scanner.enqueue(record.target);
      else for (const node of record.addedNodes) scanner.enqueue(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });

  installClickGuard(
    (href) => scanner.classify(href),
    (host) => trusted.has(host),
    async (href, classification) => {
      if (classification.verdict !== 'scam') return;
      const host = parseLink(href)?.host;
      if (host) trusted.add(host);
      // Without this the navigation guard would stop the viewer a second time for the same choice.
      await askScam({ type: 'scam/trust-for-session', url: href });
    },
  );

  whenIdle(() => {
    pageWarning = rechargePageWarning(readPageSignals(), lists);
    if (pageWarning) {
      showPageBanner(pageWarning);
      report();
    }
  });
}
