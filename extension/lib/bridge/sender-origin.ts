/** Who sent a message, as the browser reports it. */
export interface BridgeSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/**
 * The web origin of a content script's page, read only from what the browser reports about the sender
 * (never from the message: a page can put anything there). Null when the sender is not a content
 * script of this extension in a web page the bridge serves, or the origin is opaque.
 */
export function senderOrigin(sender: BridgeSender, extensionId: string): string | null {
  if (sender.id !== extensionId || !sender.tab) return null;
  const reported = sender.origin ?? (sender.url ? safeOrigin(sender.url) : null);
  if (!reported || reported === 'null') return null;
  return BRIDGE_SITE.test(reported) ? reported : null;
}

/**
 * The sites the bridge serves: https, and http only on this machine. On any other http page a network
 * attacker can inject script into a connected site and spend with its connection.
 */
const BRIDGE_SITE = /^(?:https:\/\/[^/]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d{1,5})?)$/;

/** The bridge content script's match patterns: the same sites (ports are not part of a pattern). */
export const BRIDGE_MATCHES = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
