import type { LinkVerdict } from '@core';
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

/**
 * A small label after a flagged link: "scam?" in red, or "check link" in amber, with the reasons on hover.
 * Its words come with the verdict (badge-words.ts, in the background).
 */
export function addBadge(anchor: HTMLAnchorElement, link: LinkVerdict): void {
  const words = link.badge;
  if (!words || (link.verdict !== 'scam' && link.verdict !== 'suspicious')) return;
  const existing = badges.get(anchor);
  if (existing && existing.isConnected && anchor.nextSibling === existing) return;
  existing?.remove();
  const { host, root } = createShadowHost('span', BADGE_CSS, BADGE_HOST_STYLE);
  const label = document.createElement('span');
  label.className = link.verdict;
  label.textContent = words.text;
  label.title = words.title;
  label.setAttribute('role', 'img');
  label.setAttribute('aria-label', words.label);
  root.append(label);
  anchor.after(host);
  badges.set(anchor, host);
}
