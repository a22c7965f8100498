import { z } from 'zod';
import { scamReasonSchema } from './scam-reason';
import { scamRulesSchema } from './scam-rules-schema';
import { rulesUpdateReportSchema } from './rules-update';
import { scamVerdictSchema, urlClassificationSchema } from './scam-verdict';

const urlSchema = z.string().min(1).max(4096);

/** One flagged link on a page, as the content script reports it. */
export const linkFindingSchema = z.object({
  url: urlSchema,
  verdict: scamVerdictSchema,
  reasons: z.array(scamReasonSchema).max(20),
});
export type LinkFinding = z.infer<typeof linkFindingSchema>;

/** The most findings kept per tab: enough to list, bounded so a hostile page cannot fill storage. */
export const MAX_FINDINGS_PER_TAB = 200;

/**
 * Messages to the background about scam links. None carries a tab id or page origin for content scripts:
 * the background takes those from the sender. Only the popup, an extension page, names the tab it shows.
 */
export const scamRequestSchema = z.discriminatedUnion('type', [
  /** Content script: the rules and lists to classify with. */
  z.object({ type: z.literal('scam/lists') }),
  /** Content script: flagged links and the page warning found on the sender's page (replaces earlier ones). */
  z.object({
    type: z.literal('scam/page-report'),
    findings: z.array(linkFindingSchema).max(MAX_FINDINGS_PER_TAB),
    pageWarning: scamReasonSchema.nullable(),
  }),
  /** Content script or warning page: the viewer chose "Continue anyway" for this link's site. */
  z.object({ type: z.literal('scam/trust-for-session'), url: urlSchema }),
  /** Warning page: the verdict for the site it stands in front of. */
  z.object({ type: z.literal('scam/classify'), url: urlSchema }),
  /** Popup: the warnings found on a tab. */
  z.object({ type: z.literal('scam/tab-warnings'), tabId: z.number().int().nonnegative() }),
  /** Popup: the viewer says a warning was wrong. Kept locally only, with the reasons in English for whoever reads the export. */
  z.object({
    type: z.literal('scam/report-false-alarm'),
    url: urlSchema,
    verdict: scamVerdictSchema,
    reasons: z.array(z.string().max(300)).max(20),
    idempotencyKey: z.string().min(8).max(100),
  }),
  /** Popup: "I trust this site": adds the link's site to the viewer's allowlist. */
  z.object({ type: z.literal('scam/trust-site'), url: urlSchema }),
  /** Options page: the list update URL (null to stop updates); saving it checks for an update at once. */
  z.object({ type: z.literal('scam/set-update-url'), url: z.url({ protocol: /^https$/ }).max(2048).nullable() }),
  /** Options page: the list in force and the update URL. */
  z.object({ type: z.literal('scam/list-status') }),
  /** Popup: every false-alarm report, for export. */
  z.object({ type: z.literal('scam/false-alarms') }),
]);
export type ScamRequest = z.infer<typeof scamRequestSchema>;

export const falseAlarmReportSchema = z.object({
  idempotencyKey: z.string().min(8).max(100),
  url: urlSchema,
  verdict: scamVerdictSchema,
  reasons: z.array(z.string().max(300)).max(20),
  rulesVersion: z.number().int().positive(),
  reportedAt: z.iso.datetime(),
});
export type FalseAlarmReport = z.infer<typeof falseAlarmReportSchema>;

export const tabWarningsSchema = z.object({
  pageUrl: z.string().nullable(),
  findings: z.array(linkFindingSchema),
  pageWarning: scamReasonSchema.nullable(),
});
export type TabWarnings = z.infer<typeof tabWarningsSchema>;

const failureSchema = z.object({ ok: z.literal(false), code: z.string(), message: z.string() });

export const scamResponseSchemas = {
  'scam/lists': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), rules: scamRulesSchema, allowlist: z.array(z.string()), trusted: z.array(z.string()) }),
    failureSchema,
  ]),
  'scam/page-report': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failureSchema]),
  'scam/trust-for-session': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failureSchema]),
  'scam/classify': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), classification: urlClassificationSchema, host: z.string() }),
    failureSchema,
  ]),
  'scam/tab-warnings': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), warnings: tabWarningsSchema }), failureSchema]),
  'scam/report-false-alarm': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), report: falseAlarmReportSchema }), failureSchema]),
  'scam/trust-site': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), site: z.string() }), failureSchema]),
  'scam/set-update-url': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), version: z.number().int(), outcome: rulesUpdateReportSchema }),
    failureSchema,
  ]),
  'scam/list-status': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), version: z.number().int(), updateUrl: z.string().nullable() }),
    failureSchema,
  ]),
  'scam/false-alarms': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), reports: z.array(falseAlarmReportSchema) }), failureSchema]),
} as const satisfies Record<ScamRequest['type'], z.ZodType>;

export type ScamResponse<T extends ScamRequest['type']> = z.infer<(typeof scamResponseSchemas)[T]>;

export const isScamMessage = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string' &&
  (message as { type: string }).type.startsWith('scam/');
