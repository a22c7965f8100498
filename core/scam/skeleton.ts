import { rectifyConfusion } from 'unicode-confusables';

/**
 * A confusables skeleton (Unicode UTS #39: NFD, map each character to its prototype, NFD again), then
 * lower-cased and with combining marks dropped: in an address bar `ţiktok` and `tiktok` look the same.
 * Two strings with the same skeleton look alike to a reader.
 */
export function confusablesSkeleton(text: string): string {
  const mapped = rectifyConfusion(text.normalize('NFD')).normalize('NFD');
  return mapped.replace(/\p{M}/gu, '').toLowerCase();
}
