/** Longest display name an alert shows, in user-perceived characters (graphemes). */
export const DISPLAY_NAME_MAX = 24;
/** Longest message an alert shows. */
export const ALERT_MESSAGE_MAX = 120;

// Control characters (C0, DEL, C1), bidi embeddings, overrides, isolates and marks, and zero-width
// characters: each can hide, reorder or stretch what a stream's audience reads.
const INVISIBLE = /[\p{Cc}\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;
/** Line and tab characters become spaces first, so they do not glue words together when removed. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
const SPACES = /\s+/gu;
/** More combining marks than this on one character is stacking ("zalgo"), not writing. */
const MAX_MARKS_PER_CHARACTER = 3;
const MARK = /\p{M}/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function trimMarks(grapheme: string): string {
  let marks = 0;
  let kept = '';
  for (const char of grapheme) {
    if (MARK.test(char) && ++marks > MAX_MARKS_PER_CHARACTER) continue;
    kept += char;
  }
  return kept;
}

/**
 * Text a viewer chose, made fit for a stream's screen: control, bidi and zero-width characters removed,
 * whitespace runs folded to one space, stacked combining marks trimmed, and at most `max` graphemes
 * (an ellipsis marks a cut). The result is still text: render it as a text node, never as markup.
 */
export function sanitizeDisplayText(text: string, max: number): string {
  const cleaned = text.normalize('NFC').replace(BREAKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  const graphemes = Array.from(segmenter.segment(cleaned), (part) => trimMarks(part.segment));
  if (graphemes.length <= max) return graphemes.join('');
  return `${graphemes.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** A viewer's display name on the overlay; an empty result reads as "Someone". */
export function overlayDisplayName(name: string): string {
  return sanitizeDisplayText(name, DISPLAY_NAME_MAX) || 'Someone';
}
