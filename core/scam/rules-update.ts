import { z } from 'zod';
import { scamRulesSchema, type ScamRules } from './scam-rules-schema';

export type RulesUpdateOutcome =
  | { accepted: true; rules: ScamRules }
  | { accepted: false; reason: string };

/**
 * Decides whether a downloaded list replaces the current one. Anything that does not parse, or is not newer,
 * is refused with a reason: a bad or stale update never replaces a good list.
 */
export function acceptRulesUpdate(current: ScamRules, candidate: unknown): RulesUpdateOutcome {
  const parsed = scamRulesSchema.safeParse(candidate);
  if (!parsed.success) return { accepted: false, reason: `The update is not a valid list: ${z.prettifyError(parsed.error)}` };
  if (parsed.data.version <= current.version) {
    return { accepted: false, reason: `The update (version ${parsed.data.version}) is not newer than version ${current.version}.` };
  }
  return { accepted: true, rules: parsed.data };
}
