import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  BUNDLED_SCAM_RULES,
  falseAlarmReportSchema,
  scamRulesSchema,
  tabWarningsSchema,
  type FalseAlarmReport,
  type ScamRules,
  type TabWarnings,
} from '@core';

// Storage is a trust boundary too: every record is parsed on the way out, and a bad one reads as empty.
const KEYS = {
  rules: 'scam.rules',
  updateUrl: 'scam.updateUrl',
  allowlist: 'scam.allowlist',
  falseAlarms: 'scam.falseAlarms',
  trusted: 'scam.sessionTrusted',
  tab: (tabId: number) => `scam.tab.${tabId}`,
  lastSafe: (tabId: number) => `scam.lastSafe.${tabId}`,
  warned: (tabId: number) => `scam.warned.${tabId}`,
};

/**
 * Called after every write that changes a verdict (rules, allowlist, session trust), so the background's
 * in-memory classifier (verdict-service.ts) never answers from a stale list.
 */
const listsChangedListeners: (() => void)[] = [];
export const onListsChanged = (listener: () => void) => void listsChangedListeners.push(listener);
const listsChanged = () => listsChangedListeners.forEach((listener) => listener());

async function read<T>(area: 'local' | 'session', key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const stored = await browser.storage[area].get(key);
  const parsed = schema.safeParse(stored[key]);
  return parsed.success ? parsed.data : undefined;
}

const write = (area: 'local' | 'session', key: string, value: unknown) => browser.storage[area].set({ [key]: value });

const hostList = z.array(z.string().min(1).max(253)).max(10_000);

/** The list in force: a stored update if it is valid and newer than the bundled one, else the bundled list. */
export async function currentRules(): Promise<ScamRules> {
  const stored = await read('local', KEYS.rules, scamRulesSchema);
  return stored && stored.version > BUNDLED_SCAM_RULES.version ? stored : BUNDLED_SCAM_RULES;
}
export async function saveRules(rules: ScamRules): Promise<void> {
  await write('local', KEYS.rules, rules);
  listsChanged();
}

export const updateUrl = async () => (await read('local', KEYS.updateUrl, z.url())) ?? null;
/**
 * A new update URL starts from the bundled list: a list from the old address (however high its version)
 * must not outrank the new address's lists, and no URL means the bundled list.
 */
export async function saveUpdateUrl(url: string | null): Promise<void> {
  if (url === (await updateUrl())) return;
  await resetToBundledRules();
  if (url !== null) await write('local', KEYS.updateUrl, url);
}
/** Forgets the update URL and any downloaded list: the bundled list is in force again. */
export async function resetToBundledRules(): Promise<void> {
  await browser.storage.local.remove([KEYS.rules, KEYS.updateUrl]);
  listsChanged();
}

/** Sites the viewer said "I trust this site" for: wins over heuristics, never over known scam domains. */
export const allowlist = async () => (await read('local', KEYS.allowlist, hostList)) ?? [];
export async function addToAllowlist(site: string): Promise<void> {
  const sites = await allowlist();
  if (!sites.includes(site)) await write('local', KEYS.allowlist, [...sites, site]);
  listsChanged();
}

/** Sites the viewer chose "Continue anyway" for: storage.session is cleared when the browser closes. */
export const sessionTrusted = async () => (await read('session', KEYS.trusted, hostList)) ?? [];
export async function trustForSession(host: string): Promise<void> {
  const trusted = await sessionTrusted();
  if (!trusted.includes(host)) await write('session', KEYS.trusted, [...trusted, host]);
  listsChanged();
}

export const tabWarnings = async (tabId: number): Promise<TabWarnings> =>
  (await read('session', KEYS.tab(tabId), tabWarningsSchema)) ?? { pageUrl: null, findings: [], pageWarning: null };
export const saveTabWarnings = (tabId: number, warnings: TabWarnings) => write('session', KEYS.tab(tabId), warnings);
export const forgetTab = (tabId: number) =>
  browser.storage.session.remove([KEYS.tab(tabId), KEYS.lastSafe(tabId), KEYS.warned(tabId)]);

/** The flagged link a tab's viewer is being warned about right now: the only one "Open anyway" may trust. */
export const warnedLink = async (tabId: number) => (await read('session', KEYS.warned(tabId), z.string())) ?? null;
export const saveWarnedLink = (tabId: number, url: string | null) =>
  url === null ? browser.storage.session.remove(KEYS.warned(tabId)) : write('session', KEYS.warned(tabId), url);

export const lastSafeUrl = async (tabId: number) => (await read('session', KEYS.lastSafe(tabId), z.string())) ?? null;
export const saveLastSafeUrl = (tabId: number, url: string) => write('session', KEYS.lastSafe(tabId), url);

export const falseAlarms = async (): Promise<FalseAlarmReport[]> =>
  (await read('local', KEYS.falseAlarms, z.array(falseAlarmReportSchema))) ?? [];
/** Idempotent: the same key records once. */
export async function addFalseAlarm(report: FalseAlarmReport): Promise<FalseAlarmReport> {
  const reports = await falseAlarms();
  const existing = reports.find((r) => r.idempotencyKey === report.idempotencyKey);
  if (existing) return existing;
  await write('local', KEYS.falseAlarms, [...reports, report]);
  return report;
}
