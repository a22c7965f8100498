import type { LinkVerdict } from '@core';
import { confirmFlaggedLink } from './link-warning-dialog';
import { verdictKey } from './link-scanner';

function anchorOf(event: Event): HTMLAnchorElement | null {
  for (const node of event.composedPath()) if (node instanceof HTMLAnchorElement && node.href) return node;
  return null;
}

const isFlagged = (link: LinkVerdict) => (link.verdict === 'scam' || link.verdict === 'suspicious') && !link.trusted;

export interface ClickGuardParts {
  /** The verdict if it has arrived. */
  known(key: string): LinkVerdict | undefined;
  /** Asks for it now. */
  verdictFor(key: string): Promise<LinkVerdict | null>;
  /** Tells the background which link the viewer is being warned about. */
  warned(href: string): void;
  /** The viewer chose "Open anyway" (a trusted click). */
  openAnyway(anchor: HTMLAnchorElement, link: LinkVerdict): Promise<void>;
}

/**
 * Stops a click on a flagged link and asks first. A click on a link whose verdict has not arrived yet is held
 * until it does, then followed if the link is fine. Synthetic clicks (a page calling `link.click()`) are
 * guarded the same way: they navigate too.
 */
export function installClickGuard(parts: ClickGuardParts): void {
  /** The one link our own follow-up click is for, so the guard lets exactly that click through. */
  let releasing: HTMLAnchorElement | null = null;

  const follow = (anchor: HTMLAnchorElement, newTab: boolean) => {
    if (newTab) return void window.open(anchor.href, '_blank', 'noopener');
    releasing = anchor;
    try {
      anchor.click();
    } finally {
      releasing = null;
    }
  };

  const warn = async (anchor: HTMLAnchorElement, link: LinkVerdict, newTab: boolean) => {
    parts.warned(anchor.href);
    if (!(await confirmFlaggedLink(anchor.hostname, link))) return;
    await parts.openAnyway(anchor, link);
    if (newTab) window.open(anchor.href, '_blank', 'noopener');
    else window.location.assign(anchor.href);
  };

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || (event.type === 'auxclick' && event.button !== 1)) return;
    const anchor = anchorOf(event);
    if (!anchor || anchor === releasing) return;
    const key = verdictKey(anchor);
    if (key === null) return;
    const known = parts.known(key);
    if (known && !isFlagged(known)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const newTab = anchor.target === '_blank' || event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1;
    if (known) return void warn(anchor, known, newTab);
    void parts.verdictFor(key).then((link) => {
      // No verdict (the background is unreachable): follow, as a page without the extension would.
      if (link && isFlagged(link)) void warn(anchor, link, newTab);
      else follow(anchor, newTab);
    });
  };
  // On window, in the capture phase: before any listener the page put on its document or elements.
  window.addEventListener('click', onClick, true);
  window.addEventListener('auxclick', onClick, true);
}
