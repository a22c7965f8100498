import { compileLure, type LureMatcher } from './lure-matcher';
import { confusablesSkeleton } from './skeleton';
import type { ScamRules } from './scam-rules-schema';

/** A lure pattern compiled once, with its id (for translations) and the list's own reason. */
export interface CompiledLure {
  id: string;
  where: 'host' | 'path';
  matcher: LureMatcher;
  reason: string;
}

/** Rules prepared for fast lookups; built once per rules object. */
export interface RulesIndex {
  rules: ScamRules;
  official: Set<string>;
  knownScam: Set<string>;
  /** Skeletons of the official domains' labels (`tiktok` for tiktok.com), with the domain they stand for. */
  officialSkeletons: { skeleton: string; domain: string }[];
  hostLures: CompiledLure[];
  pathLures: CompiledLure[];
  freeHosting: string[];
  discussionWords: Set<string>;
}

const cache = new WeakMap<ScamRules, RulesIndex>();

export function indexRules(rules: ScamRules): RulesIndex {
  const cached = cache.get(rules);
  if (cached) return cached;
  const compile = (where: 'host' | 'path') =>
    rules.lurePatterns
      .filter((lure) => lure.where === where)
      .map((lure) => ({ id: lure.id, where, matcher: compileLure(lure.pattern), reason: lure.reason }));
  const index: RulesIndex = {
    rules,
    official: new Set(rules.officialDomains),
    knownScam: new Set(rules.knownScamDomains),
    officialSkeletons: rules.officialDomains.map((domain) => ({
      skeleton: confusablesSkeleton(domain.slice(0, domain.indexOf('.'))),
      domain,
    })),
    hostLures: compile('host'),
    pathLures: compile('path'),
    freeHosting: rules.freeHostingSuffixes,
    discussionWords: new Set(rules.discussionWords),
  };
  cache.set(rules, index);
  return index;
}

/** True when `host` is `domain` or one of its sub-domains. */
export const isWithin = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);
