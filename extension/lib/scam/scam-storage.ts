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
} from '../../../core';

// Storage is a trust boundary too: every record is parsed on the way out, and a bad one reads as empty.
const KEYS = {
  rules: 'scam.rules',
  updateUrl: 'scam.updateUrl',
  allowlist: 'scam.allowlist',
  falseAlarms: 'scam.falseAlarms',
  trusted: 'scam.sessionTrusted',
  tab: (tabId: number) => `scam.tab.${tabId}`,
  lastSafe: (tabId: number) => `scam.lastSafe.${tabId}`,
};

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
export const saveRules = (rules: ScamRules) => write('local', KEYS.rules, rules);

export const updateUrl = async () => (await read('local', KEYS.updateUrl, z.url())) ?? null;
export const saveUpdateUrl = (url: string | null) =>
  url === null ? browser.storage.local.remove(KEYS.updateUrl) : write('local', KEYS.updateUrl, url);

/** Sites the viewer said "I trust this site" for: wins over heuristics, never over known scam domains. */
export const allowlist = async () => (await read('local', KEYS.allowlist, hostList)) ?? [];
export async function addToAllowlist(site: string): Promise<void> {
  const sites = await allowlist();
  if (!sites.includes(site)) await write('local', KEYS.allowlist, [...sites, site]);
}

/** Sites the viewer chose "Continue anyway" for: storage.session is cleared when the browser closes. */
export const sessionTrusted = async () => (await read('session', KEYS.trusted, hostList)) ?? [];
export async function trustForSession(host: string): Promise<void> {
  const trusted = await sessionTrusted();
  if (!trusted.includes(host)) await write('session', KEYS.trusted, [...trusted, host]);
}

export const tabWarnings = async (tabId: number): Promise<TabWarnings> =>
  (await read('session', KEYS.tab(tabId), tabWarningsSchema)) ?? { pageUrl: null, findings: [], pageWarning: null };
export const saveTabWarnings = (tabId: number, warnings: TabWarnings) => write('session', KEYS.tab(tabId), warnings);
export const forgetTab = (tabId: number) => browser.storage.session.remove([KEYS.tab(tabId), KEYS.lastSafe(tabId)]);

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
