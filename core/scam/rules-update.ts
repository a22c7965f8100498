import { z } from 'zod';
import { scamRulesSchema, type ScamRules } from './scam-rules-schema';

/** Why an update was refused: codes a user interface translates, numbers it formats. */
export type RulesUpdateRefusal =
  | { code: 'invalid-list'; reason: string }
  | { code: 'not-newer'; offered: number; current: number; reason: string }
  | { code: 'http-status'; status: number; reason: string }
  | { code: 'unreachable'; reason: string };

export type RulesUpdateOutcome = { accepted: true; rules: ScamRules } | ({ accepted: false } & RulesUpdateRefusal);

/**
 * Decides whether a downloaded list replaces the current one. Anything that does not parse, or is not newer,
 * is refused with a reason: a bad or stale update never replaces a good list.
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
  return { accepted: true, rules: parsed.data };
}

/** What a "save and check now" did, as data for the options page: a code, its numbers, and the English text. */
export const rulesUpdateReportSchema = z.object({
  code: z.enum(['off', 'updated', 'invalid-list', 'not-newer', 'http-status', 'unreachable']),
  numbers: z.record(z.string(), z.number().int()),
  text: z.string(),
});
export type RulesUpdateReport = z.infer<typeof rulesUpdateReportSchema>;

/** Turns an update attempt (null: updates are off) into the report the options page shows. */
export function reportRulesUpdate(outcome: RulesUpdateOutcome | null): RulesUpdateReport {
  if (!outcome) return { code: 'off', numbers: {}, text: 'List updates are off.' };
  if (outcome.accepted) {
    const version = outcome.rules.version;
    return { code: 'updated', numbers: { version }, text: `Updated to version ${version}.` };
  }
  switch (outcome.code) {
    case 'not-newer':
      return { code: outcome.code, numbers: { offered: outcome.offered, current: outcome.current }, text: outcome.reason };
    case 'http-status':
      return { code: outcome.code, numbers: { status: outcome.status }, text: outcome.reason };
    case 'invalid-list':
    case 'unreachable':
      return { code: outcome.code, numbers: {}, text: outcome.reason };
  }
}
