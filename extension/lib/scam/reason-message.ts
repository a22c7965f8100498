import type { GeneratedI18nStructure } from '#i18n';
import { BUNDLED_SCAM_RULES, type ScamReason, type ScamReasonCode } from '@core';

type MessageKey = keyof GeneratedI18nStructure;

/** Which sentence says each classifier reason; its named placeholders are the reason's params. */
export const REASON_KEYS = {
  'known-scam-domain': 'scam.reason.knownScamDomain',
  'official-domain': 'scam.reason.officialDomain',
  'trusted-by-viewer': 'scam.reason.trustedByViewer',
  'userinfo-poses-as-official': 'scam.reason.userinfoPosesAsOfficial',
  'userinfo-hidden': 'scam.reason.userinfoHidden',
  'official-in-subdomain': 'scam.reason.officialInSubdomain',
  'same-name-other-suffix': 'scam.reason.sameNameOtherSuffix',
  'homograph-other-alphabet': 'scam.reason.homographOtherAlphabet',
  'homograph-lookalike-characters': 'scam.reason.homographLookalikeCharacters',
  'lookalike-spelling': 'scam.reason.lookalikeSpelling',
  'brand-in-host': 'scam.reason.brandInHost',
  'free-hosting': 'scam.reason.freeHosting',
  'bare-ip': 'scam.reason.bareIp',
  'recharge-page': 'scam.reason.rechargePage',
  'login-page': 'scam.reason.loginPage',
} as const satisfies Record<Exclude<ScamReasonCode, 'lure'>, MessageKey>;

/** The bundled list's lure rules, by id. Their sentences may name the platform. */
export const LURE_KEYS: Readonly<Record<string, MessageKey>> = {
  'free-coins-host': 'scam.lure.freeCoinsHost',
  'coin-generator-host': 'scam.lure.coinGeneratorHost',
  'diamond-cashout-host': 'scam.lure.diamondCashoutHost',
  'fake-support-host': 'scam.lure.fakeSupportHost',
  'free-coins-path': 'scam.lure.freeCoinsPath',
  'coin-generator-path': 'scam.lure.coinGeneratorPath',
  'diamond-cashout-path': 'scam.lure.diamondCashoutPath',
  'fake-login-path': 'scam.lure.fakeLoginPath',
};

export type ReasonMessage = { key: MessageKey; params: Record<string, string> } | { text: string };

/**
 * How to say a reason in the viewer's language: a message key with its placeholders, or, for a lure rule
 * the extension has no sentence for (one that arrived with a list update), the list's own text.
 */
export function reasonMessage(reason: ScamReason): ReasonMessage {
  if (reason.code !== 'lure') return { key: REASON_KEYS[reason.code], params: reason.params };
  // Only the bundled rule says what our sentence says; an update may reuse an id for something else.
  const bundled = BUNDLED_SCAM_RULES.lurePatterns.find((lure) => lure.id === reason.params.id);
  const key = bundled && bundled.reason === reason.text ? LURE_KEYS[bundled.id] : undefined;
  return key ? { key, params: { platform: BUNDLED_SCAM_RULES.platform } } : { text: reason.text };
}
