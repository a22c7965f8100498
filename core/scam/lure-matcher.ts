import { RE2JS } from 're2js';

/** Longest lure pattern a list may carry; RE2 programs grow with the pattern, not with the input. */
export const MAX_LURE_PATTERN_LENGTH = 300;

/** A compiled lure pattern: a search anywhere in the text, in time linear in the text's length. */
export interface LureMatcher {
  test(text: string): boolean;
}

/**
 * Compiles a lure pattern with RE2's syntax and guarantees (re2js, pure JavaScript): no backreferences or
 * look-arounds, and matching never backtracks, so `^((.|.)*)*!$` costs what any other pattern costs.
 * Case-insensitive, Unicode-aware. Throws on a pattern RE2 cannot run.
 */
export function compileLure(source: string): LureMatcher {
  if (source.length === 0 || source.length > MAX_LURE_PATTERN_LENGTH) throw new Error('A lure pattern is 1 to 300 characters long.');
  const pattern = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  return { test: (text) => pattern.test(text) };
}

/** True when `compileLure` accepts the pattern: the check the list schema applies to every update. */
export function isLinearTimePattern(source: string): boolean {
  try {
    compileLure(source);
    return true;
  } catch {
    return false;
  }
}
