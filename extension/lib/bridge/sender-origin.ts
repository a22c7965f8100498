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
 * script of this extension in a web page, or the origin is opaque.
 */
export function senderOrigin(sender: BridgeSender, extensionId: string): string | null {
  if (sender.id !== extensionId || !sender.tab) return null;
  const reported = sender.origin ?? (sender.url ? safeOrigin(sender.url) : null);
  if (!reported || reported === 'null') return null;
  return /^https?:\/\/[^/]+$/.test(reported) ? reported : null;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
