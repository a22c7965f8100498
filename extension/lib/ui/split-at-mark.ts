/**
 * Stands in for a value inside a translated sentence, so the value can be rendered as its own element
 * (a bold host name) wherever each language puts it. An invisible separator never occurs in our strings.
 */
export const VALUE_MARK = '\u2063';

/** The sentence's text before and after the marked value; without a mark, all of it comes before. */
export function splitAtMark(sentence: string): [before: string, after: string] {
  const at = sentence.indexOf(VALUE_MARK);
  return at === -1 ? [sentence, ''] : [sentence.slice(0, at), sentence.slice(at + VALUE_MARK.length)];
}
