import { browser } from 'wxt/browser';
import {
  backgroundPushSchema,
  BRIDGE_MESSAGE_TYPE,
  PAGE_CHANNEL,
  pageToContentSchema,
  relayedReplySchema,
  type ContentToPage,
} from '../../../core/bridge/bridge-envelopes';
import type { BridgeReply } from '../../../core/bridge/bridge-protocol';
import { watchGestures } from './gesture-watch';

/** A worker stopped mid-request answers nothing; the same request (same idempotency key) is sent again. */
const ATTEMPTS = 4;
const RETRY_DELAY_MS = 250;

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

async function askBackground(request: unknown, gesture: boolean): Promise<BridgeReply> {
  for (let attempt = 1; ; attempt++) {
    if (!extensionAlive()) return UNAVAILABLE;
    try {
      const raw: unknown = await browser.runtime.sendMessage({ type: BRIDGE_MESSAGE_TYPE, request, gesture });
      const reply = relayedReplySchema.safeParse(raw);
      if (reply.success) return reply.data as BridgeReply;
      throw new Error('no reply');
    } catch {
      // The worker was stopped (or restarted) before answering. A gift carries its idempotency key, so a
      // second attempt either applies it or returns the result of the first: never twice.
      if (attempt >= ATTEMPTS) return UNAVAILABLE;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }
}

/**
 * The content script's half of the bridge: it relays the in-page provider's window messages to the
 * background, adding only what it sees itself (a recent trusted gesture), and relays pushes back.
 */
export function startContentBridge(win: Window): void {
  const spendGesture = watchGestures(win);
  const target = win.location.origin === 'null' ? '*' : win.location.origin;
  const post = (message: ContentToPage) => win.postMessage(message, target);

  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== win) return;
    const parsed = pageToContentSchema.safeParse(event.data);
    if (!parsed.success) {
      // Other scripts use postMessage too: only an envelope of ours with an id gets an answer.
      const data = event.data as { channel?: unknown; direction?: unknown; id?: unknown } | null;
      if (data?.channel === PAGE_CHANNEL && data.direction === 'to-wallet' && typeof data.id === 'string' && data.id.length <= 64) {
        post({ channel: PAGE_CHANNEL, direction: 'to-page', id: data.id, reply: MALFORMED });
      }
      return;
    }
    const { id } = parsed.data;
    const request = asJson(parsed.data.request);
    if (request === NOT_JSON) {
      post({ channel: PAGE_CHANNEL, direction: 'to-page', id, reply: MALFORMED });
      return;
    }
    // Only a gift or a connection request spends a gesture; what the page says about gestures is never read.
    const method = typeof request === 'object' && request !== null ? (request as { method?: unknown }).method : undefined;
    const gesture = (method === 'gift_send' || method === 'wallet_connect') && spendGesture();
    void askBackground(request, gesture).then((reply) => post({ channel: PAGE_CHANNEL, direction: 'to-page', id, reply }));
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = backgroundPushSchema.safeParse(message);
    if (!parsed.success || parsed.data.origin !== win.location.origin) return undefined;
    post({ channel: PAGE_CHANNEL, direction: 'to-page', push: parsed.data.push });
    return undefined;
  });
}
