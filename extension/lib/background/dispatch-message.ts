import { senderKind, type ExtensionIdentity, type MessageSender } from '../platform/sender-kind';
import { isOperationMessage, routeMessage, type Handlers } from './message-router';

/** Where the background sends each message it receives. */
export interface MessageRoutes<Sender extends MessageSender> {
  extension: ExtensionIdentity;
  /** Every operation of the extension protocol (core/messages/): only the extension's own pages may ask them. */
  handlers: Handlers;
  /** Runs around every operation (the persisted clock is read before and saved after). */
  around?: <T>(run: () => Promise<T>) => Promise<T>;
  /** Messages of this extension's content scripts in web pages (the wallet bridge); undefined when not theirs. */
  fromContentScript: (message: unknown, sender: Sender) => Promise<unknown> | undefined;
  /** Scam-link messages come from pages and content scripts alike: their handler checks each sender by message type. */
  scam: { owns: (message: unknown) => boolean; handle: (message: unknown, sender: Sender) => Promise<unknown> };
}

/**
 * The background's one message dispatch, by kind of sender as the browser reports it (never as the
 * message claims). Undefined leaves a message unanswered: it belongs to no protocol of ours.
 */
export function dispatchMessage<Sender extends MessageSender>(
  routes: MessageRoutes<Sender>,
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  if (routes.scam.owns(message)) return routes.scam.handle(message, sender);
  switch (senderKind(sender, routes.extension)) {
    case 'extension-page': {
      if (!isOperationMessage(message)) return undefined;
      const run = () => routeMessage(routes.handlers, message);
      return routes.around ? routes.around(run) : run();
    }
    case 'content-script':
      return routes.fromContentScript(message, sender);
    case null:
      return undefined;
  }
}
