import { isFlagged, parseLink, type UrlClassification } from '../../../core';
import { confirmFlaggedLink } from './link-warning-dialog';

function anchorOf(event: Event): HTMLAnchorElement | null {
  for (const node of event.composedPath()) if (node instanceof HTMLAnchorElement && node.href) return node;
  return null;
}

/**
 * Stops a click on a flagged link and asks first. The check runs on click as well, so a link the idle
 * scan has not reached yet is still guarded.
 */
export function installClickGuard(
  classify: (href: string) => UrlClassification,
  isTrusted: (host: string) => boolean,
  onOpenAnyway: (href: string, classification: UrlClassification) => Promise<void>,
): void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || (event.type === 'auxclick' && event.button !== 1)) return;
    const anchor = anchorOf(event);
    if (!anchor) return;
    const link = parseLink(anchor.href);
    if (!link || isTrusted(link.host)) return;
    const classification = classify(anchor.href);
    if (!isFlagged(classification.verdict)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const newTab = anchor.target === '_blank' || event.ctrlKey || event.metaKey || event.button === 1;
    void confirmFlaggedLink(link.unicodeHost, classification).then(async (open) => {
      if (!open) return;
      await onOpenAnyway(anchor.href, classification);
      if (newTab) window.open(anchor.href, '_blank', 'noopener');
      else window.location.assign(anchor.href);
    });
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('auxclick', onClick, true);
}
