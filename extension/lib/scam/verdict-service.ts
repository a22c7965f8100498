import {
  MAX_FINDINGS_PER_TAB,
  classifyUrl,
  isFlagged,
  parseLink,
  type ClassifyLists,
  type LinkFinding,
  type LinkVerdict,
  type UrlClassification,
} from '@core';
import { badgeWords } from './badge-words';
import { reasonText } from './reason-text';
import * as store from './scam-storage';

/**
 * The background's classifier: the lists are read and indexed once (not per link or per page), verdicts are
 * cached by address, and every write to the lists (scam-storage.ts) clears both.
 */
interface Lists {
  lists: ClassifyLists;
  trusted: ReadonlySet<string>;
}

/** Enough for a few heavy pages; cleared whole when full, which costs one re-classification per link. */
const MAX_CACHED_VERDICTS = 50_000;

let lists: Promise<Lists> | null = null;
const verdicts = new Map<string, UrlClassification>();

/** Drops the cached lists and verdicts; the next request reads storage again. */
export function forgetCachedLists(): void {
  lists = null;
  verdicts.clear();
}
store.onListsChanged(forgetCachedLists);

function currentLists(): Promise<Lists> {
  lists ??= Promise.all([store.currentRules(), store.allowlist(), store.sessionTrusted()]).then(([rules, allowlist, trusted]) => ({
    lists: { rules, allowlist },
    trusted: new Set(trusted),
  }));
  return lists;
}

/** The part of an address the classifier reads (host, userinfo, path): the query and fragment never change a verdict. */
function cacheKey(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** The verdict for one address with the lists in force. */
export async function classify(url: string): Promise<UrlClassification> {
  const { lists: current } = await currentLists();
  const key = cacheKey(url);
  let result = verdicts.get(key);
  if (!result) {
    if (verdicts.size >= MAX_CACHED_VERDICTS) verdicts.clear();
    result = classifyUrl(key, current);
    verdicts.set(key, result);
  }
  return result;
}

/** True when the viewer chose "Continue anyway" for this address's host in this browser session. */
export async function isTrustedForSession(url: string): Promise<boolean> {
  const host = parseLink(url)?.host;
  return host !== undefined && (await currentLists()).trusted.has(host);
}

/**
 * What the content script draws for a link: the verdict, its reasons as sentences in the viewer's language,
 * session trust, and a flagged link's badge words (the content script loads no strings of its own for these).
 */
export async function linkVerdict(url: string): Promise<LinkVerdict> {
  const { verdict, reasons } = await classify(url);
  const sentences = reasons.map(reasonText);
  return {
    verdict,
    reasons: sentences.map((text) => ({ text })),
    trusted: isFlagged(verdict) && (await isTrustedForSession(url)),
    ...(verdict === 'scam' || verdict === 'suspicious' ? { badge: badgeWords(verdict, sentences) } : {}),
  };
}

/** The lists in force, for checks beyond single links (the recharge-page check). */
export const classifyLists = async (): Promise<ClassifyLists> => (await currentLists()).lists;

/** One write at a time per tab: verdict batches of one page arrive together and each adds to the same record. */
const tabQueues = new Map<number, Promise<unknown>>();
export function updateTabWarnings(tabId: number, change: () => Promise<void>): Promise<void> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(change, change);
  tabQueues.set(tabId, next);
  void next.finally(() => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  });
  return next;
}

/** Settles once every write to this tab's record asked for so far is done: a read after it sees them all. */
export const tabWritesDone = (tabId: number): Promise<void> => (tabQueues.get(tabId) ?? Promise.resolve()).then(
  () => undefined,
  () => undefined,
);

/** Adds a page's flagged links to its tab's findings (a new page starts a new list), bounded per tab. */
export function recordFindings(tabId: number, pageUrl: string | null, found: LinkFinding[]): Promise<void> {
  if (found.length === 0) return Promise.resolve();
  return updateTabWarnings(tabId, async () => {
    const stored = await store.tabWarnings(tabId);
    const base = stored.pageUrl === pageUrl ? stored : { pageUrl, findings: [], pageWarning: null };
    const known = new Set(base.findings.map((finding) => finding.url));
    const added = found.filter((finding) => !known.has(finding.url));
    if (added.length === 0 && base === stored) return;
    const findings = [...base.findings, ...added].slice(0, MAX_FINDINGS_PER_TAB);
    await store.saveTabWarnings(tabId, { ...base, findings });
  });
}
