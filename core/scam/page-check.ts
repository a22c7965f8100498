import { z } from 'zod';
import { BUNDLED_SCAM_RULES } from './bundled-scam-rules';
import { classifyUrl, type ClassifyLists } from './classify-url';
import { parseLink } from './parse-link';
import { scamReason, type ScamReason } from './scam-reason';
import { isWithin } from './rules-index';

/** What the content script reads off a page to judge whether it poses as a recharge or login page. */
export const pageSignalsSchema = z.object({
  url: z.string().max(4096),
  title: z.string().max(500),
  /** The first few thousand characters of visible text. */
  text: z.string().max(20_000),
  hasPasswordField: z.boolean(),
  hasPaymentField: z.boolean(),
});
export type PageSignals = z.infer<typeof pageSignalsSchema>;

const RECHARGE_WORDS = /\b(recharge|top[- ]?up|buy|get|purchase|claim)\b[^.]{0,40}\bcoins?\b|\bcoins?\b[^.]{0,20}\b(recharge|top[- ]?up|packs?)\b/iu;
const COIN_AMOUNT = /\b\d[\d,.]*\s*coins?\b/iu;

/**
 * A page that looks like a coin recharge or a login form for the platform, but is not on an official domain,
 * gets a warning: recharges belong on official paths only. Returns the warning (a translatable reason), or null.
 */
export function rechargePageWarning(page: PageSignals, lists: ClassifyLists = {}): ScamReason | null {
  const rules = lists.rules ?? BUNDLED_SCAM_RULES;
  const link = parseLink(page.url);
  if (!link || classifyUrl(page.url, lists).verdict === 'official') return null;
  if (lists.allowlist?.some((entry) => isWithin(link.host, entry))) return null;
  const text = `${page.title}\n${page.text}`;
  const looksLikeRecharge = RECHARGE_WORDS.test(text) && (COIN_AMOUNT.test(text) || page.hasPaymentField);
  const lower = text.toLowerCase();
  const namesPlatform = rules.brandWords.some((word) => lower.includes(word));
  const looksLikeLogin = page.hasPasswordField && namesPlatform;
  const { platform } = rules;
  if (looksLikeRecharge) {
    return scamReason(
      'recharge-page',
      { platform },
      `This page looks like a coin recharge, but it is not an official ${platform} site. Recharge coins only on official paths.`,
    );
  }
  if (looksLikeLogin) {
    return scamReason(
      'login-page',
      { platform },
      `This page asks for a ${platform} password, but it is not an official ${platform} site. Log in only on official paths.`,
    );
  }
  return null;
}
