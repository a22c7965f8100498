/** Who sent a message, as the browser reports it (never as the message claims). */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/** The extension itself, as the browser names it: what a sender is compared with. */
export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
}

/**
 * - `extension-page`: the extension's own pages (popup, history, options, consent and warning windows).
 * - `content-script`: this extension's content scripts, running in a web page's tab.
 */
export type SenderKind = 'extension-page' | 'content-script';

/** Only the extension's own pages (popup, history, options, consent window) may use the wallet protocol. */
export function isExtensionPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** What kind of sender a message comes from, read only from the browser's sender facts; null for anyone else. */
export function senderKind(sender: MessageSender, extension: ExtensionIdentity): SenderKind | null {
  if (sender.id !== extension.id) return null;
  if (isExtensionPage(sender, extension.id, extension.origin)) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content-script' : null;
}
