import { i18n } from '#i18n';
import type { LinkVerdict } from '../../../core';
import { messageText } from './reason-message-text';
import { createShadowHost } from './shadow-host';

const BADGE_CSS = `
  span {
    display: inline-block; margin-inline-start: 0.25em; padding: 0 0.35em; border-radius: 0.6em;
    font: 600 11px/1.5 system-ui, sans-serif; vertical-align: middle; cursor: help;
  }
  .scam { background: #b3261e; color: #fff; }
  .suspicious { background: #ffd54f; color: #3b2f00; }
`;
const BADGE_HOST_STYLE = 'display: inline; visibility: visible; opacity: 1; position: static';

/** Each link's badge, so a link is badged once; kept here, not in the page's DOM where the page could read it. */
const badges = new WeakMap<HTMLAnchorElement, HTMLElement>();

/** A small label after a flagged link: "scam?" in red, or "check link" in amber, with the reasons on hover. */
export function addBadge(anchor: HTMLAnchorElement, link: LinkVerdict): void {
  const existing = badges.get(anchor);
  if (existing && existing.isConnected && anchor.nextSibling === existing) return;
  existing?.remove();
  const { host, root } = createShadowHost('span', BADGE_CSS, BADGE_HOST_STYLE);
  const label = document.createElement('span');
  const scam = link.verdict === 'scam';
  label.className = link.verdict;
  label.textContent = scam ? i18n.t('scam.badge.scam') : i18n.t('scam.badge.suspicious');
  const title = scam ? i18n.t('scam.badge.titleScam') : i18n.t('scam.badge.titleSuspicious');
  label.title = [title, ...link.reasons.map(messageText)].join('\n');
  label.setAttribute('role', 'img');
  label.setAttribute('aria-label', scam ? i18n.t('scam.badge.labelScam') : i18n.t('scam.badge.labelSuspicious'));
  root.append(label);
  anchor.after(host);
  badges.set(anchor, host);
}
