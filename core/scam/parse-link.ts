import { toUnicode } from 'punycode/punycode.es6.js';
import { parse as parseDomain } from 'tldts';

/** The parts of a link the rules look at, after undoing the tricks that hide where a link really goes. */
export interface ParsedLink {
  /** Lower-case ASCII host (punycode form), trailing dots removed: what the browser really connects to. */
  host: string;
  /** The host decoded from punycode, for homograph checks and for showing the viewer. */
  unicodeHost: string;
  /** Registrable domain from the public suffix list (private suffixes such as github.io count as suffixes). */
  registrableDomain: string | null;
  /** The registrable domain without its public suffix, e.g. `tiktok` for `www.tiktok.com`. */
  domainLabel: string | null;
  /** `domainLabel` decoded from punycode: `tіktok` (Cyrillic і) for `xn--tktok-n2e`. */
  unicodeLabel: string | null;
  /** Sub-domain labels left of the registrable domain. */
  subdomain: string;
  ip: 'none' | 'public' | 'private';
  /** Text before an `@` in the authority, e.g. `www.tiktok.com` in `https://www.tiktok.com@evil.example/`. */
  userinfo: string;
  /** Decoded, lower-case path. */
  path: string;
}

const PRIVATE_IPV4 = /^(10\.|127\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.)/;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function unicodeOf(host: string): string {
  try {
    return toUnicode(host);
  } catch {
    return host;
  }
}

/**
 * Parses an http(s) link the way the browser will resolve it. The WHATWG URL parser already lower-cases the
 * host, encodes IDNs to punycode and normalises IPv4 spellings (0x7f.1, 2130706433); we strip trailing dots
 * and look the host up in the public suffix list. Returns null for anything that is not http(s).
 */
export function parseLink(raw: string, base?: string): ParsedLink | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.+$/, '').toLowerCase();
  if (host === '') return null;
  const bare = host.replace(/^\[|\]$/g, '');
  const info = parseDomain(bare, { allowPrivateDomains: true });
  let ip: ParsedLink['ip'] = 'none';
  if (info.isIp || bare.includes(':')) {
    const privateV6 = bare === '::1' || bare.startsWith('fc') || bare.startsWith('fd') || bare.startsWith('fe80');
    ip = PRIVATE_IPV4.test(bare) || privateV6 ? 'private' : 'public';
  }
  const userinfo = safeDecode(url.username + (url.password ? `:${url.password}` : '')).toLowerCase();
  return {
    host,
    unicodeHost: unicodeOf(host),
    registrableDomain: ip === 'none' ? info.domain : null,
    domainLabel: ip === 'none' ? info.domainWithoutSuffix : null,
    unicodeLabel: ip === 'none' && info.domainWithoutSuffix ? unicodeOf(info.domainWithoutSuffix) : null,
    subdomain: info.subdomain ?? '',
    ip,
    userinfo,
    path: safeDecode(url.pathname).toLowerCase(),
  };
}
