import { browser } from 'wxt/browser';
import type { BackgroundPush, ContentToPage } from '@core/bridge/bridge-envelopes';
import { BRIDGE_MESSAGE_TYPE, BRIDGE_PUSH_TYPE, GESTURE_METHODS, PAGE_CHANNEL } from '@core/bridge/bridge-names';
import type { BridgeReply } from '@core/bridge/bridge-protocol';
import { withRetries } from '@core/retry/retry-policy';
import { watchGestures } from './gesture-watch';

const UNAVAILABLE: BridgeReply = {
  ok: false,
  error: { code: -32603, message: 'The LiveGift wallet is not available (the extension was updated or removed). Nothing was charged.' },
};

const MALFORMED: BridgeReply = {
  ok: false,
  error: { code: -32602, message: 'A bridge message is { channel, direction, id, request } and nothing else.' },
};

const NOT_JSON = Symbol('not JSON');

/** Requests are JSON (as in every browser's extension messaging): a BigInt or a cycle is malformed, not a lost message. */
function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return NOT_JSON;
  }
}

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

type Loose = Record<string, unknown> | null | undefined;

/** The extension was updated or removed: no try can reach it, so there is no second one. */
class ExtensionGone extends Error {}

async function askBackground(envelope: unknown, gesture: boolean): Promise<BridgeReply> {
  try {
    // A worker stopped (or restarted) before answering answers nothing. A gift carries its idempotency key,
    // so a second try either applies it or returns the result of the first: never twice.
    return await withRetries(
      async () => {
        if (!extensionAlive()) throw new ExtensionGone();
        const reply = (await browser.runtime.sendMessage({ type: BRIDGE_MESSAGE_TYPE, envelope, gesture })) as Loose;
        // The background (trusted) built the reply with the bridge's schemas; an empty answer means it was stopped.
        if (typeof reply?.ok === 'boolean') return reply as BridgeReply;
        throw new Error('no reply');
      },
      (error) => !(error instanceof ExtensionGone),
    );
  } catch {
    return UNAVAILABLE;
  }
}

/**
 * The content script's half of the bridge: it relays the in-page provider's window messages to the
 * background, adding only what it sees itself (a recent trusted gesture), and relays pushes back. It
 * reads only what it needs to route an answer; the background validates the envelope and the request.
 */
export function startContentBridge(win: Window): void {
  const spendGesture = watchGestures(win);
  const target = win.location.origin === 'null' ? '*' : win.location.origin;
  const post = (message: ContentToPage) => win.postMessage(message, target);

  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as Loose;
    // Other scripts use postMessage too: only an envelope of ours with an id gets an answer.
    if (event.source !== win || data?.channel !== PAGE_CHANNEL || data.direction !== 'to-wallet') return;
    const { id } = data;
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) return;
    const envelope = asJson(data) as Loose | typeof NOT_JSON;
    if (envelope === NOT_JSON) {
      post({ channel: PAGE_CHANNEL, direction: 'to-page', id, reply: MALFORMED });
      return;
    }
    // Only a request that may open a window or move coins spends a gesture; what the page says about gestures is never read.
    const method = (envelope?.request as Loose)?.method;
    const gesture = typeof method === 'string' && GESTURE_METHODS.includes(method) && spendGesture();
    void askBackground(envelope, gesture).then((reply) => post({ channel: PAGE_CHANNEL, direction: 'to-page', id, reply }));
  });

  // Only the extension's own contexts can message a content script.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const push = message as Partial<BackgroundPush> | null;
    if (push?.type === BRIDGE_PUSH_TYPE && push.origin === win.location.origin && push.push) {
      post({ channel: PAGE_CHANNEL, direction: 'to-page', push: push.push });
    }
    return undefined;
  });
}
