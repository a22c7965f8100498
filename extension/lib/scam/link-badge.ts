import { i18n } from '#i18n';
import type { LinkVerdict } from '../../../core';
import { messageText } from './reason-message-text';
import { createShadowHost, hostStyle } from './shadow-host';

const BADGE_CSS = `
  span {
    display: inline-block; margin-inline-start: 0.25em; padding: 0 0.35em; border-radius: 0.6em;
    font: 600 11px/1.5 system-ui, sans-serif; vertical-align: middle; cursor: help;
  }
  .scam { background: #b3261e; color: #fff; }
  .suspicious { background: #ffd54f; color: #3b2f00; }
`;
const BADGE_HOST_STYLE = hostStyle({ display: 'inline', visibility: 'visible', opacity: '1', position: 'static' });

/** Each link's badge, so a link is badged once; kept here, not in the page's DOM where the page could read it. */
const badges = new WeakMap<HTMLAnchorElement, HTMLElement>();

/** The badge's own words, looked up once per page: 200 badges need not mean 1,000 message look-ups. */
let words: Record<'scam' | 'suspicious', { text: string; title: string; label: string }> | null = null;
const badgeWords = () =>
  (words ??= {
    scam: { text: i18n.t('scam.badge.scam'), title: i18n.t('scam.badge.titleScam'), label: i18n.t('scam.badge.labelScam') },
    suspicious: {
      text: i18n.t('scam.badge.suspicious'),
      title: i18n.t('scam.badge.titleSuspicious'),
      label: i18n.t('scam.badge.labelSuspicious'),
    },
  });

/** A small label after a flagged link: "scam?" in red, or "check link" in amber, with the reasons on hover. */
export function addBadge(anchor: HTMLAnchorElement, link: LinkVerdict): void {
  const existing = badges.get(anchor);
  if (existing && existing.isConnected && anchor.nextSibling === existing) return;
  existing?.remove();
  const { host, root } = createShadowHost('span', BADGE_CSS, BADGE_HOST_STYLE);
  const label = document.createElement('span');
  const kind = link.verdict === 'scam' ? 'scam' : 'suspicious';
  const word = badgeWords()[kind];
  label.className = kind;
  label.textContent = word.text;
  label.title = [word.title, ...link.reasons.map(messageText)].join('\n');
  label.setAttribute('role', 'img');
  label.setAttribute('aria-label', word.label);
  root.append(label);
  anchor.after(host);
  badges.set(anchor, host);
}
