import { z } from 'zod';
import { scamRulesSchema, type ScamRules } from './scam-rules-schema';

/** Why an update was refused: codes a user interface translates, numbers it formats. */
export type RulesUpdateRefusal =
  | { code: 'invalid-list'; reason: string }
  | { code: 'not-newer'; offered: number; current: number; reason: string }
  | { code: 'version-jump'; offered: number; current: number; reason: string }
  | { code: 'too-large'; limit: number; reason: string }
  | { code: 'http-status'; status: number; reason: string }
  | { code: 'unreachable'; reason: string };

export type RulesUpdateOutcome = { accepted: true; rules: ScamRules } | ({ accepted: false } & RulesUpdateRefusal);

/**
 * How far one update may move the version. Without a bound, one list numbered 9007199254740991 would make
 * every later list "not newer" for good; with it, a list can only ever get a bounded step ahead.
 */
export const MAX_VERSION_STEP = 1000;

/** The largest list download accepted, in bytes: far above a real list (100,000 domains is ~2.5 MB). */
export const MAX_RULES_UPDATE_BYTES = 4 * 1024 * 1024;

/**
 * Decides whether a downloaded list replaces the current one. Anything that does not parse, is not newer, or
 * jumps more than MAX_VERSION_STEP versions ahead is refused with a reason: a bad, stale or runaway update
 * never replaces a good list.
 */
export function acceptRulesUpdate(current: ScamRules, candidate: unknown): RulesUpdateOutcome {
  const parsed = scamRulesSchema.safeParse(candidate);
  if (!parsed.success) {
    return { accepted: false, code: 'invalid-list', reason: `The update is not a valid list: ${z.prettifyError(parsed.error)}` };
  }
  if (parsed.data.version <= current.version) {
    return {
      accepted: false,
      code: 'not-newer',
      offered: parsed.data.version,
      current: current.version,
      reason: `The update (version ${parsed.data.version}) is not newer than version ${current.version}.`,
    };
  }
  if (parsed.data.version > current.version + MAX_VERSION_STEP) {
    return {
      accepted: false,
      code: 'version-jump',
      offered: parsed.data.version,
      current: current.version,
      reason: `The update (version ${parsed.data.version}) jumps more than ${MAX_VERSION_STEP} versions ahead of version ${current.version}.`,
    };
  }
  return { accepted: true, rules: parsed.data };
}

/** What a "save and check now" did, as data for the options page: a code, its numbers, and the English text. */
export const rulesUpdateReportSchema = z.object({
  code: z.enum(['off', 'reset', 'updated', 'invalid-list', 'not-newer', 'version-jump', 'too-large', 'http-status', 'unreachable']),
  numbers: z.record(z.string(), z.number().int()),
  text: z.string(),
});
export type RulesUpdateReport = z.infer<typeof rulesUpdateReportSchema>;

/** What "reset to the bundled list" reports: the update URL is cleared and the bundled list is in force. */
export const RULES_RESET_REPORT: RulesUpdateReport = { code: 'reset', numbers: {}, text: 'The bundled list is in force again; updates are off.' };

/** Turns an update attempt (null: updates are off) into the report the options page shows. */
export function reportRulesUpdate(outcome: RulesUpdateOutcome | null): RulesUpdateReport {
  if (!outcome) return { code: 'off', numbers: {}, text: 'List updates are off.' };
  if (outcome.accepted) {
    const version = outcome.rules.version;
    return { code: 'updated', numbers: { version }, text: `Updated to version ${version}.` };
  }
  switch (outcome.code) {
    case 'not-newer':
    case 'version-jump':
      return { code: outcome.code, numbers: { offered: outcome.offered, current: outcome.current }, text: outcome.reason };
    case 'too-large':
      return { code: outcome.code, numbers: { limit: outcome.limit }, text: outcome.reason };
    case 'http-status':
      return { code: outcome.code, numbers: { status: outcome.status }, text: outcome.reason };
    case 'invalid-list':
    case 'unreachable':
      return { code: outcome.code, numbers: {}, text: outcome.reason };
  }
}
