import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { RULES_RESET_REPORT, parseLink, reportRulesUpdate, scamRequestSchema, type ScamRequest, type ScamResponse } from '@core';
import { senderKind } from '../platform/sender-kind';
import { answerContentScript, type ContentRequest } from './content-requests';
import { updateRulesFromUrl } from './rules-updater';
import * as store from './scam-storage';
import { classify, tabWritesDone } from './verdict-service';

type Sender = Browser.runtime.MessageSender;
type AnyScamResponse = ScamResponse<ScamRequest['type']>;

/** Who may send what: content scripts speak for their own tab, extension pages for the viewer. */
const ALLOWED: Record<ScamRequest['type'], 'content' | 'extension' | 'both'> = {
  'scam/verdicts': 'content',
  'scam/page-check': 'content',
  'scam/warned': 'content',
  'scam/trust-for-session': 'both',
  'scam/classify': 'extension',
  'scam/tab-warnings': 'extension',
  'scam/report-false-alarm': 'extension',
  'scam/trust-site': 'extension',
  'scam/set-update-url': 'extension',
  'scam/list-status': 'extension',
  'scam/reset-list': 'extension',
  'scam/false-alarms': 'extension',
};

/** The platform's kind of sender, in this table's words. */
function kindOf(sender: Sender): 'content' | 'extension' | null {
  const kind = senderKind(sender, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  return kind === 'extension-page' ? 'extension' : kind === 'content-script' ? 'content' : null;
}

const fail = (code: string, message: string) => ({ ok: false as const, code, message });

/** Answers one scam-link message. Untrusted until parsed; failures come back as `{ ok: false }`. */
export async function handleScamRequest(message: unknown, sender: Sender): Promise<AnyScamResponse> {
  const parsed = scamRequestSchema.safeParse(message);
  if (!parsed.success) return fail('invalid-request', z.prettifyError(parsed.error));
  const request = parsed.data;
  const kind = kindOf(sender);
  const allowed = ALLOWED[request.type];
  if (!kind || (allowed !== 'both' && allowed !== kind)) return fail('forbidden', 'This sender may not send this message.');
  try {
    // ALLOWED lets a content script send only the content requests; its tab and page come from the sender.
    if (kind === 'content') return await answerContentScript(request as ContentRequest, sender.tab!.id!, sender.url ?? null);
    return await answer(request);
  } catch {
    return fail('internal', 'The scam-link check could not complete this request.');
  }
}

/** Answers an extension page: the popup, the options page, the warning page. */
async function answer(request: ScamRequest): Promise<AnyScamResponse> {
  switch (request.type) {
    case 'scam/verdicts':
    case 'scam/page-check':
    case 'scam/warned':
      return fail('forbidden', 'This sender may not send this message.');
    case 'scam/trust-for-session': {
      const link = parseLink(request.url);
      if (!link) return fail('invalid-url', 'Only web addresses can be trusted.');
      await store.trustForSession(link.host);
      return { ok: true };
    }
    case 'scam/classify': {
      const link = parseLink(request.url);
      return { ok: true, classification: await classify(request.url), host: link?.unicodeHost ?? '' };
    }
    case 'scam/tab-warnings':
      await tabWritesDone(request.tabId);
      return { ok: true, warnings: await store.tabWarnings(request.tabId) };
    case 'scam/report-false-alarm': {
      const rules = await store.currentRules();
      const report = await store.addFalseAlarm({
        idempotencyKey: request.idempotencyKey,
        url: request.url,
        verdict: request.verdict,
        reasons: request.reasons,
        rulesVersion: rules.version,
        reportedAt: new Date().toISOString(),
      });
      return { ok: true, report };
    }
    case 'scam/trust-site': {
      const link = parseLink(request.url);
      if (!link) return fail('invalid-url', 'Only web addresses can be trusted.');
      const site = link.registrableDomain ?? link.host;
      await store.addToAllowlist(site);
      return { ok: true, site };
    }
    case 'scam/set-update-url': {
      await store.saveUpdateUrl(request.url);
      const outcome = await updateRulesFromUrl();
      const version = (await store.currentRules()).version;
      return { ok: true, version, outcome: reportRulesUpdate(outcome) };
    }
    case 'scam/reset-list':
      await store.resetToBundledRules();
      return { ok: true, version: (await store.currentRules()).version, outcome: RULES_RESET_REPORT };
    case 'scam/list-status':
      return { ok: true, version: (await store.currentRules()).version, updateUrl: await store.updateUrl() };
    case 'scam/false-alarms':
      return { ok: true, reports: await store.falseAlarms() };
  }
}
