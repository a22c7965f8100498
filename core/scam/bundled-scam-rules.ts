// The attribute lets Node-run tools (Playwright's loader) import the data as well as Vite does.
import data from './bundled-scam-rules.json' with { type: 'json' };
import { scamRulesSchema, type ScamRules } from './scam-rules-schema';

/** The list that ships with the extension. Parsed at load, so a broken edit fails the build's tests, not a viewer. */
export const BUNDLED_SCAM_RULES: ScamRules = scamRulesSchema.parse(data);
