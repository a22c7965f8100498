import { browser } from 'wxt/browser';
import type { ConsentPort, ConsentQuestion } from './consent';

interface Waiting {
  resolve: (approved: boolean) => void;
  windowId?: number;
}

/**
 * Asks in a small extension window (an unlisted page the web cannot open or script). Only the
 * extension's own page can answer, by the request id the background made up; closing the window is a no.
 */
export class WindowConsent implements ConsentPort {
  private readonly waiting = new Map<string, Waiting>();

  constructor() {
    browser.windows.onRemoved.addListener((windowId) => {
      for (const [requestId, entry] of this.waiting) if (entry.windowId === windowId) this.answer(requestId, false);
    });
    void this.closeOrphans();
  }

  /**
   * A window left open by a stopped worker can no longer be answered (its request is asked again by the
   * retry), so a fresh worker (or Firefox background page) closes it. Chromium and Firefox both have
   * `runtime.getContexts`; where a browser lacks it, such a window just closes itself when answered.
   */
  private async closeOrphans(): Promise<void> {
    const runtime = browser.runtime as { getContexts?: typeof browser.runtime.getContexts };
    if (typeof runtime.getContexts !== 'function') return;
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'] }).catch(() => []);
    const consentPage = browser.runtime.getURL('/connect.html');
    for (const context of contexts) {
      if (!context.documentUrl?.startsWith(consentPage) || context.windowId < 0) continue;
      // This worker's own questions (asked while the lookup ran) stay open.
      const requestId = new URL(context.documentUrl).searchParams.get('request') ?? '';
      if (!this.waiting.has(requestId)) {
        await browser.windows.remove(context.windowId).catch(() => undefined);
      }
    }
  }

  ask(question: ConsentQuestion): Promise<boolean> {
    const requestId = crypto.randomUUID();
    const query = new URLSearchParams({ request: requestId, kind: question.kind, origin: question.origin });
    if (question.testMode) query.set('testMode', '1');
    if (question.kind === 'gift') {
      query.set('giftId', question.gift.giftId);
      query.set('gift', question.giftName);
      query.set('count', String(question.gift.count));
      query.set('coins', String(question.coins));
      query.set('creator', question.gift.creator);
      query.set('stream', question.gift.stream);
    }
    return new Promise((resolve) => {
      const entry: Waiting = { resolve };
      this.waiting.set(requestId, entry);
      browser.windows
        .create({ url: browser.runtime.getURL(`/connect.html?${query.toString()}`), type: 'popup', width: 400, height: 560, focused: true })
        .then((created) => {
          entry.windowId = created?.id;
        })
        .catch(() => this.answer(requestId, false));
    });
  }

  /** The consent page's answer. Unknown ids (an old window, a guess) change nothing. */
  answer(requestId: string, approved: boolean): boolean {
    const entry = this.waiting.get(requestId);
    if (!entry) return false;
    this.waiting.delete(requestId);
    entry.resolve(approved);
    if (entry.windowId !== undefined) void browser.windows.remove(entry.windowId).catch(() => undefined);
    return true;
  }
}
