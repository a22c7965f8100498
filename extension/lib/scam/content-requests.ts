import { isFlagged, parseLink, rechargePageWarning, type LinkVerdict, type ScamRequest, type ScamResponse } from '@core';
import { reasonMessage } from './reason-message';
import * as store from './scam-storage';
import { classify, classifyLists, linkVerdict, recordFindings, updateTabWarnings } from './verdict-service';

/** What a content script may ask (the handler's ALLOWED table). */
export type ContentRequest = Extract<ScamRequest, { type: 'scam/verdicts' | 'scam/page-check' | 'scam/warned' | 'scam/trust-for-session' }>;
type Answer = ScamResponse<ContentRequest['type']>;

const fail = (code: string, message: string) => ({ ok: false as const, code, message });

/**
 * Answers a content script, which speaks for one tab and is believed about nothing: the tab and page come from
 * the sender, verdicts from the background's own classifier, and "Open anyway" trusts only the link that tab
 * was last warned about.
 */
export async function answerContentScript(request: ContentRequest, tabId: number, pageUrl: string | null): Promise<Answer> {
  switch (request.type) {
    case 'scam/verdicts': {
      const classified = await Promise.all(request.urls.map(async (url, index) => ({ url, index, ...(await classify(url)) })));
      const flagged = classified.filter((link) => isFlagged(link.verdict));
      // Kept for the popup without holding up the badges: a popup read waits for this tab's writes (tabWritesDone).
      void recordFindings(tabId, pageUrl, flagged.map(({ url, verdict, reasons }) => ({ url, verdict, reasons }))).catch(() => undefined);
      return { ok: true, flagged: await Promise.all(flagged.map(async (link) => [link.index, await linkVerdict(link.url)] as [number, LinkVerdict])) };
    }
    case 'scam/page-check': {
      if (!pageUrl) return { ok: true, warning: null };
      // The address is the sender's, not what the page says about itself.
      const warning = rechargePageWarning({ ...request.signals, url: pageUrl }, await classifyLists());
      if (warning) {
        await updateTabWarnings(tabId, async () => {
          const stored = await store.tabWarnings(tabId);
          const base = stored.pageUrl === pageUrl ? stored : { pageUrl, findings: [], pageWarning: null };
          await store.saveTabWarnings(tabId, { ...base, pageWarning: warning });
        });
      }
      return { ok: true, warning: warning ? reasonMessage(warning) : null };
    }
    case 'scam/warned': {
      if (!isFlagged((await classify(request.url)).verdict)) return fail('not-flagged', 'Only a flagged link is warned about.');
      await store.saveWarnedLink(tabId, request.url);
      return { ok: true };
    }
    case 'scam/trust-for-session': {
      const link = parseLink(request.url);
      if (!link) return fail('invalid-url', 'Only web addresses can be trusted.');
      // One warning, one choice: the stored link is consumed whatever the answer.
      const warned = await store.warnedLink(tabId);
      await store.saveWarnedLink(tabId, null);
      if (warned !== request.url) return fail('forbidden', 'Only the link this tab was warned about can be trusted.');
      await store.trustForSession(link.host);
      return { ok: true };
    }
  }
}
