/**
 * The most links one verdict request may carry: the content script sends a page's links in batches of this.
 * Its own module, without zod, so the content script can import it.
 */
export const MAX_LINKS_PER_VERDICT_REQUEST = 500;
