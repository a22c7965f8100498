import { z } from 'zod';

/**
 * Why a link or page was judged as it was, as data: a `code` a user interface can translate, the `params`
 * it fills in (host names, domains, the platform), and the same reason as a plain English `text` for callers
 * without a translation layer. Core never translates; the extension renders the code in the viewer's language.
 */
export const scamReasonCodeSchema = z.enum([
  /** params: domain */
  'known-scam-domain',
  /** params: domain, platform */
  'official-domain',
  /** params: site */
  'trusted-by-viewer',
  /** params: shown (the userinfo part), host */
  'userinfo-poses-as-official',
  /** params: host */
  'userinfo-hidden',
  /** params: official, site */
  'official-in-subdomain',
  /** params: host, official */
  'same-name-other-suffix',
  /** params: host, asciiHost, official */
  'homograph-other-alphabet',
  /** params: host, official */
  'homograph-lookalike-characters',
  /** params: host, official */
  'lookalike-spelling',
  /** params: host, brand, platform */
  'brand-in-host',
  /** params: id (the rule's id in the list); the list's English reason is the text */
  'lure',
  /** params: suffix */
  'free-hosting',
  /** params: host */
  'bare-ip',
  /** params: platform */
  'recharge-page',
  /** params: platform */
  'login-page',
]);
export type ScamReasonCode = z.infer<typeof scamReasonCodeSchema>;

export const scamReasonSchema = z.object({
  code: scamReasonCodeSchema,
  params: z.record(z.string().max(40), z.string().max(300)),
  text: z.string().max(500),
});
export type ScamReason = z.infer<typeof scamReasonSchema>;

/** Builds a reason; `text` is the English sentence for callers without translations. */
export const scamReason = (code: ScamReasonCode, params: Record<string, string>, text: string): ScamReason => ({
  code,
  params,
  text,
});
