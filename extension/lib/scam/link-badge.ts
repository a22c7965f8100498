import { i18n } from '#i18n';
import type { UrlClassification } from '../../../core';
import { reasonText } from './reason-text';
import { createShadowHost } from './shadow-host';

export const BADGE_MARKER = 'data-livegift-badge';

const BADGE_CSS = `
  :host { all: initial; display: inline; }
  span {
    display: inline-block; margin-inline-start: 0.25em; padding: 0 0.35em; border-radius: 0.6em;
    font: 600 11px/1.5 system-ui, sans-serif; vertical-align: middle; cursor: help;
  }
  .scam { background: #b3261e; color: #fff; }
  .suspicious { background: #ffd54f; color: #3b2f00; }
`;

/** A small label after a flagged link: "scam?" in red, or "check link" in amber, with the reasons on hover. */
export function addBadge(anchor: HTMLAnchorElement, classification: UrlClassification): void {
  const next = anchor.nextElementSibling;
  if (next?.hasAttribute(BADGE_MARKER)) return;
  const { host, root } = createShadowHost('span', BADGE_MARKER, BADGE_CSS);
  const label = document.createElement('span');
  const scam = classification.verdict === 'scam';
  label.className = classification.verdict;
  label.textContent = scam ? i18n.t('scam.badge.scam') : i18n.t('scam.badge.suspicious');
  const title = scam ? i18n.t('scam.badge.titleScam') : i18n.t('scam.badge.titleSuspicious');
  label.title = [title, ...classification.reasons.map(reasonText)].join('\n');
  label.setAttribute('role', 'img');
  label.setAttribute('aria-label', scam ? i18n.t('scam.badge.labelScam') : i18n.t('scam.badge.labelSuspicious'));
  root.append(label);
  anchor.after(host);
}
