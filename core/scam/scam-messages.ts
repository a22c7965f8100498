import { z } from 'zod';
import { pageSignalsSchema } from './page-check';
import { scamReasonSchema } from './scam-reason';
import { rulesUpdateReportSchema } from './rules-update';
import { scamVerdictSchema, urlClassificationSchema } from './scam-verdict';
import { MAX_LINKS_PER_VERDICT_REQUEST } from './verdict-request-limit';

const urlSchema = z.string().min(1).max(4096);

/** One flagged link on a page, as the background classified it for the popup. */
export const linkFindingSchema = z.object({
  url: urlSchema,
  verdict: scamVerdictSchema,
  reasons: z.array(scamReasonSchema).max(20),
});
export type LinkFinding = z.infer<typeof linkFindingSchema>;

/** The most findings kept per tab: enough to list, bounded so a hostile page cannot fill storage. */
export const MAX_FINDINGS_PER_TAB = 200;

export { MAX_LINKS_PER_VERDICT_REQUEST };

/**
 * A reason as the content script shows it, already resolved by the background: a message key of the
 * extension's locales with its named params, or a list's own sentence for a lure the locales do not know.
 */
export const reasonMessageSchema = z.union([
  z.object({ key: z.string().min(1).max(100), params: z.record(z.string().max(40), z.string().max(300)) }),
  z.object({ text: z.string().max(500) }),
]);
export type ReasonMessage = z.infer<typeof reasonMessageSchema>;

/**
 * A flagged link's badge in the viewer's language: its label, its tooltip (with the reasons) and what a screen
 * reader says. The background words it, so drawing a badge never loads the extension's strings into a page.
 */
export const badgeWordsSchema = z.object({ text: z.string().max(100), title: z.string().max(12_000), label: z.string().max(300) });
export type BadgeWords = z.infer<typeof badgeWordsSchema>;

/** One link's verdict for the content script: what to draw, and whether the viewer trusted its site this session. */
export const linkVerdictSchema = z.object({
  verdict: scamVerdictSchema,
  reasons: z.array(reasonMessageSchema).max(20),
  trusted: z.boolean(),
  /** Flagged links only. */
  badge: badgeWordsSchema.optional(),
});
export type LinkVerdict = z.infer<typeof linkVerdictSchema>;

/**
 * Messages to the background about scam links. None carries a tab id or page origin for content scripts:
 * the background takes those from the sender. Only the popup, an extension page, names the tab it shows.
 */
export const scamRequestSchema = z.discriminatedUnion('type', [
  /**
   * Content script: the verdicts for a batch of the sender's links. The background classifies, and
   * keeps the flagged ones as the sender tab's findings: a page never says what was found on it.
   */
  z.object({ type: z.literal('scam/verdicts'), urls: z.array(urlSchema).min(1).max(MAX_LINKS_PER_VERDICT_REQUEST) }),
  /** Content script: whether the sender's page poses as a recharge or login page (kept as the tab's page warning). */
  z.object({ type: z.literal('scam/page-check'), signals: pageSignalsSchema }),
  /** Content script: the viewer is being warned about this link now; only a link warned about can be trusted. */
  z.object({ type: z.literal('scam/warned'), url: urlSchema }),
  /**
   * The viewer chose "Open anyway" (content script, only for the link its tab was last warned about) or
   * "Continue anyway" (warning page) for this link's site.
   */
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
  /** Options page: drop any downloaded list and the update URL; the bundled list is in force again. */
  z.object({ type: z.literal('scam/reset-list') }),
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
  // Only the flagged links, by their index in the request: most links on most pages are not, and the answer stays small.
  'scam/verdicts': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), flagged: z.array(z.tuple([z.number().int().nonnegative(), linkVerdictSchema])) }),
    failureSchema,
  ]),
  'scam/page-check': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), warning: reasonMessageSchema.nullable() }), failureSchema]),
  'scam/warned': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failureSchema]),
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
  'scam/reset-list': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), version: z.number().int(), outcome: rulesUpdateReportSchema }),
    failureSchema,
  ]),
  'scam/false-alarms': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), reports: z.array(falseAlarmReportSchema) }), failureSchema]),
} as const satisfies Record<ScamRequest['type'], z.ZodType>;

export type ScamResponse<T extends ScamRequest['type']> = z.infer<(typeof scamResponseSchemas)[T]>;

export const isScamMessage = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string' &&
  (message as { type: string }).type.startsWith('scam/');
