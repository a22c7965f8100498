import { z } from 'zod';
import { isLinearTimePattern, MAX_LURE_PATTERN_LENGTH } from './lure-matcher';

/** A lower-case ASCII domain without a trailing dot, e.g. `tiktok.com` (IDNs in punycode form). */
const domainSchema = z
  .string()
  .min(3)
  .max(253)
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case ASCII domain such as example.com');

/**
 * A lure pattern in RE2 syntax (lure-matcher.ts): it runs on every link the viewer sees, so only patterns a
 * linear-time matcher can run are accepted. Checked here so a bad list never reaches the classifier.
 */
const patternSchema = z
  .string()
  .min(1)
  .max(MAX_LURE_PATTERN_LENGTH)
  .refine(isLinearTimePattern, 'a regular expression in RE2 syntax (no backreferences or look-arounds)');

export const lurePatternSchema = z.object({
  id: z.string().min(1).max(60),
  /** Where the pattern looks: the host name, or the path of a landing-page-shaped URL (see lure-paths.ts). */
  where: z.enum(['host', 'path']),
  pattern: patternSchema,
  /** Shown to the viewer as the reason. */
  reason: z.string().min(1).max(200),
});
export type LurePattern = z.infer<typeof lurePatternSchema>;

/**
 * The scam-link rules as versioned data: the bundled list and every update share this shape,
 * and an update replaces the list only when it parses and carries a higher version.
 */
export const scamRulesSchema = z.object({
  version: z.number().int().positive(),
  platform: z.string().min(1).max(60),
  /** The platform's official registrable domains: recharges belong here and nowhere else. */
  officialDomains: z.array(domainSchema).min(1).max(200),
  /** Brand words that, inside someone else's host name, signal impersonation. */
  brandWords: z.array(z.string().regex(/^[a-z0-9]+$/).min(3)).min(1).max(50),
  knownScamDomains: z.array(domainSchema).max(100_000),
  // Every pattern runs on every link: the count bounds the work per link as the syntax bounds it per pattern.
  lurePatterns: z.array(lurePatternSchema).max(100),
  /** Suffixes of free hosting services, where anyone can put up a page in minutes. */
  freeHostingSuffixes: z.array(domainSchema).max(1000),
  /** Words in a path that show the page is about scams (news, help threads), not a lure itself. */
  discussionWords: z.array(z.string().regex(/^[a-z]+$/)).max(200),
  /** Greatest edit distance between skeletons that still counts as a lookalike. */
  lookalikeTolerance: z.number().int().min(0).max(2),
});
export type ScamRules = z.infer<typeof scamRulesSchema>;
