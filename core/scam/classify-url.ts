import { distance } from 'fastest-levenshtein';
import { parseLink, type ParsedLink } from './parse-link';
import { indexRules, isWithin, type CompiledLure, type RulesIndex } from './rules-index';
import { BUNDLED_SCAM_RULES } from './bundled-scam-rules';
import { confusablesSkeleton } from './skeleton';
import type { ScamRules } from './scam-rules-schema';
import { scamReason, type ScamReason } from './scam-reason';
import type { UrlClassification } from './scam-verdict';

export interface ClassifyLists {
  /** The scam-link rules; the bundled list when left out. */
  rules?: ScamRules;
  /** Registrable domains (or hosts) the viewer trusts: wins over heuristics, never over known scam domains. */
  allowlist?: readonly string[];
}

/**
 * What a rule found. `lure` and `impersonation` are weak alone (suspicious) and add up (two make a scam);
 * `deceptive` is built only to mislead (a scam by itself); `hosting` only counts next to a lure.
 */
interface Signal {
  kind: 'deceptive' | 'impersonation' | 'lure' | 'other' | 'hosting';
  reason: ScamReason;
}

const MIN_LABEL_FOR_EDIT_DISTANCE = 5;
/** A lure in a deep path is usually an article or a forum thread about the lure, not the lure itself. */
const MAX_LANDING_PAGE_SEGMENTS = 3;

/** The host itself or its nearest parent domain found in `domains`: a set lookup per label, however long the list. */
function withinAny(domains: ReadonlySet<string>, host: string): string | null {
  let candidate = host;
  for (;;) {
    if (domains.has(candidate)) return candidate;
    const dot = candidate.indexOf('.');
    if (dot === -1) return null;
    candidate = candidate.slice(dot + 1);
  }
}

const officialName = (index: RulesIndex, link: ParsedLink) => withinAny(index.official, link.host);
const knownScam = (index: RulesIndex, link: ParsedLink) => withinAny(index.knownScam, link.host);

function userinfoSignal(index: RulesIndex, link: ParsedLink): Signal | null {
  if (link.userinfo === '') return null;
  const posesAsOfficial =
    index.rules.brandWords.some((word) => link.userinfo.includes(word)) ||
    index.rules.officialDomains.some((domain) => link.userinfo.includes(domain));
  const shown = link.userinfo.length > 40 ? `${link.userinfo.slice(0, 40)}…` : link.userinfo;
  return posesAsOfficial
    ? {
        kind: 'deceptive',
        reason: scamReason(
          'userinfo-poses-as-official',
          { shown, host: link.unicodeHost },
          `The address starts with "${shown}@" but really goes to ${link.unicodeHost}.`,
        ),
      }
    : {
        kind: 'other',
        reason: scamReason(
          'userinfo-hidden',
          { host: link.unicodeHost },
          `The address hides extra text before "@"; it really goes to ${link.unicodeHost}.`,
        ),
      };
}

function officialInSubdomain(index: RulesIndex, link: ParsedLink): Signal | null {
  const sub = `.${link.subdomain}.`;
  const domain = index.rules.officialDomains.find((official) => sub.includes(`.${official}.`) || sub.includes(`-${official}.`));
  if (!domain) return null;
  const site = link.registrableDomain ?? link.host;
  return {
    kind: 'deceptive',
    reason: scamReason('official-in-subdomain', { official: domain, site }, `The address begins with ${domain} but the site is ${site}.`),
  };
}

function impersonationSignal(index: RulesIndex, link: ParsedLink): Signal | null {
  if (!link.domainLabel || !link.unicodeLabel) return null;
  const skeleton = confusablesSkeleton(link.unicodeLabel);
  for (const official of index.officialSkeletons) {
    if (skeleton !== official.skeleton) continue;
    // Same letters under another suffix (tiktok.xyz) is a lookalike; swapped look-alike letters are built to deceive.
    if (link.domainLabel === official.skeleton) {
      return {
        kind: 'impersonation',
        reason: scamReason(
          'same-name-other-suffix',
          { host: link.unicodeHost, official: official.domain },
          `${link.unicodeHost} uses the name of ${official.domain} but is a different site.`,
        ),
      };
    }
    return {
      kind: 'deceptive',
      reason:
        link.unicodeHost !== link.host
          ? scamReason(
              'homograph-other-alphabet',
              { host: link.unicodeHost, asciiHost: link.host, official: official.domain },
              `${link.unicodeHost} (${link.host}) uses look-alike letters from other alphabets to imitate ${official.domain}.`,
            )
          : scamReason(
              'homograph-lookalike-characters',
              { host: link.host, official: official.domain },
              `${link.host} is spelled with look-alike characters to imitate ${official.domain}.`,
            ),
    };
  }
  for (const official of index.officialSkeletons) {
    if (official.skeleton.length < MIN_LABEL_FOR_EDIT_DISTANCE) continue;
    if (distance(skeleton, official.skeleton) <= index.rules.lookalikeTolerance) {
      return {
        kind: 'impersonation',
        reason: scamReason(
          'lookalike-spelling',
          { host: link.unicodeHost, official: official.domain },
          `${link.unicodeHost} looks like ${official.domain} but is a different site.`,
        ),
      };
    }
  }
  const hostSkeleton = confusablesSkeleton(link.unicodeHost);
  const brand = index.rules.brandWords.find((word) => hostSkeleton.includes(word));
  return brand
    ? {
        kind: 'impersonation',
        reason: scamReason(
          'brand-in-host',
          { host: link.unicodeHost, brand, platform: index.rules.platform },
          `${link.unicodeHost} uses the name "${brand}" but is not an official ${index.rules.platform} domain.`,
        ),
      }
    : null;
}

/** A lure rule's reason: translated by its id where the extension knows it, else the list's own sentence. */
function lureSignal(lure: CompiledLure): Signal {
  return { kind: 'lure', reason: scamReason('lure', { id: lure.id, where: lure.where }, lure.reason) };
}

function hostLureSignals(index: RulesIndex, link: ParsedLink): Signal[] {
  // Both spellings: the skeleton catches `frее-coins` in Cyrillic, the plain host keeps `m` (skeleton: `rn`).
  const skeleton = confusablesSkeleton(link.unicodeHost);
  return index.hostLures
    .filter((lure) => lure.matcher.test(link.unicodeHost) || lure.matcher.test(skeleton)).map(lureSignal);
}

function pathLureSignals(index: RulesIndex, link: ParsedLink): Signal[] {
  const segments = link.path.split('/').filter(Boolean);
  if (segments.length === 0 || segments.length > MAX_LANDING_PAGE_SEGMENTS) return [];
  const words = link.path.split(/[^\p{L}\p{N}]+/u);
  if (words.some((word) => index.discussionWords.has(word))) return [];
  return index.pathLures.filter((lure) => lure.matcher.test(link.path)).map(lureSignal);
}

function hostingSignal(index: RulesIndex, link: ParsedLink): Signal | null {
  const suffix = index.freeHosting.find((hosting) => link.host.endsWith(`.${hosting}`));
  if (!suffix) return null;
  return {
    kind: 'hosting',
    reason: scamReason('free-hosting', { suffix }, `The page is on free hosting (${suffix}), where anyone can put up a page in minutes.`),
  };
}

function ipSignal(link: ParsedLink): Signal | null {
  if (link.ip !== 'public') return null;
  return { kind: 'other', reason: scamReason('bare-ip', { host: link.host }, `The address is a bare IP number (${link.host}), not a named site.`) };
}

function weigh(signals: Signal[]): UrlClassification {
  // Two rules can say the same thing (a lure in host and path): the viewer reads each sentence once.
  const byText = new Map(signals.map((signal) => [signal.reason.text, signal.reason]));
  const reasons = [...byText.values()];
  const count = (kind: Signal['kind']) => signals.filter((signal) => signal.kind === kind).length;
  const weak = count('impersonation') + count('lure') + count('other');
  if (count('deceptive') > 0) return { verdict: 'scam', reasons };
  const lureOnFreeHosting = count('lure') > 0 && count('hosting') > 0;
  if (weak >= 2 || lureOnFreeHosting) return { verdict: 'scam', reasons };
  if (weak === 1) return { verdict: 'suspicious', reasons };
  return { verdict: 'unknown', reasons: [] };
}

/**
 * Classifies a link: 'official' (the platform's own domains), 'scam' (a known scam domain, a deceptive address,
 * or several warning signs together), 'suspicious' (one warning sign, e.g. a lookalike name) or 'unknown'.
 */
export function classifyUrl(url: string, lists: ClassifyLists = {}): UrlClassification {
  const index = indexRules(lists.rules ?? BUNDLED_SCAM_RULES);
  const link = parseLink(url);
  if (!link) return { verdict: 'unknown', reasons: [] };

  const scamDomain = knownScam(index, link);
  if (scamDomain) {
    return {
      verdict: 'scam',
      reasons: [scamReason('known-scam-domain', { domain: scamDomain }, `${scamDomain} is on the list of known scam sites.`)],
    };
  }

  const official = officialName(index, link);
  if (official) {
    const { platform } = index.rules;
    return {
      verdict: 'official',
      reasons: [scamReason('official-domain', { domain: official, platform }, `${official} is an official ${platform} domain.`)],
    };
  }

  const trusted = lists.allowlist?.find((entry) => isWithin(link.host, entry.toLowerCase()));
  if (trusted) return { verdict: 'unknown', reasons: [scamReason('trusted-by-viewer', { site: trusted }, `You chose to trust ${trusted}.`)] };

  const signals = [
    userinfoSignal(index, link),
    officialInSubdomain(index, link),
    impersonationSignal(index, link),
    ...hostLureSignals(index, link),
    ...pathLureSignals(index, link),
    hostingSignal(index, link),
    ipSignal(link),
  ].filter((signal): signal is Signal => signal !== null);
  return weigh(signals);
}
