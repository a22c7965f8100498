import data from './bundled-scam-rules.json';
import { scamRulesSchema, type ScamRules } from './scam-rules-schema';

/** The list that ships with the extension. Parsed at load, so a broken edit fails the build's tests, not a viewer. */
export const BUNDLED_SCAM_RULES: ScamRules = scamRulesSchema.parse(data);
