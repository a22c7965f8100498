import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX, overlayDisplayName, sanitizeDisplayText } from '@core/overlay';

const FORBIDDEN = /[\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

describe('display names and messages on the overlay', () => {
  it('removes bidi overrides and isolates, so a name cannot flip the text after it', () => {
    expect(sanitizeDisplayText('\u202Eevil\u202C name', 24)).toBe('evil name');
    expect(sanitizeDisplayText('ana\u2067\u2069\u200F', 24)).toBe('ana');
  });

  it('removes control and zero-width characters and folds line breaks and whitespace runs', () => {
    expect(sanitizeDisplayText('a\u0000b\u0007c\u200Bd\uFEFFe', 24)).toBe('abcde');
    expect(sanitizeDisplayText('  two\n\nlines\u2028here\t ', 24)).toBe('two lines here');
  });

  it('keeps markup as plain characters: rendering as text shows it, never runs it', () => {
    expect(sanitizeDisplayText('<img src=x onerror=alert(1)>', 40)).toBe('<img src=x onerror=alert(1)>');
  });

  it('caps the length in graphemes with an ellipsis, never cutting an emoji or an accent in half', () => {
    expect(sanitizeDisplayText('abcdefghij', 5)).toBe('abcd…');
    expect(sanitizeDisplayText('🇪🇸🇪🇸🇪🇸🇪🇸', 3)).toBe('🇪🇸🇪🇸…');
    expect(sanitizeDisplayText('e\u0301e\u0301e\u0301', 2)).toBe('é…');
  });

  it('trims stacked combining marks', () => {
    expect(sanitizeDisplayText(`x${'\u0300'.repeat(40)}y`, 24)).toBe(`x${'\u0300'.repeat(3)}y`);
  });

  it('names that are nothing but invisible characters read as "Someone"', () => {
    expect(overlayDisplayName('\u200B\u202E \u0000')).toBe('Someone');
  });

  it('any input comes out without forbidden characters, within the cap, and stable when cleaned again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const clean = sanitizeDisplayText(text, max);
        expect(clean).not.toMatch(FORBIDDEN);
        expect(graphemes(clean)).toBeLessThanOrEqual(max);
        expect(clean).toBe(clean.trim());
        if (graphemes(clean) < max) expect(sanitizeDisplayText(clean, max)).toBe(clean);
      }),
    );
    expect(graphemes(overlayDisplayName('x'.repeat(100)))).toBe(DISPLAY_NAME_MAX);
  });
});
