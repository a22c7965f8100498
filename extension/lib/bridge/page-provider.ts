import { ANNOUNCE_PROVIDER_EVENT, PAGE_CHANNEL, REQUEST_PROVIDER_EVENT } from '@core/bridge/bridge-names';

/** The wallet's icon for pickers: a coin, as a data:image URI (no request leaves the page). */
const ICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#c8102e"/><text x="16" y="21" font-size="14" text-anchor="middle" fill="#fff" font-family="sans-serif">LG</text></svg>',
  );

/** An EIP-1193-style error: numeric `code`, readable `message`, optional `data`. */
export class ProviderRpcError extends Error {
  override readonly name = 'ProviderRpcError';
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

function uuidV4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Runs in the page (injected by the bridge content script). It holds no secret and no power: it turns
 * `request()` calls into window messages for the content script, and announces itself for discovery.
 * Everything it sends, a page could send too; the content script and the background decide.
 */
export function installPageProvider(win: Window): void {
  const waiting = new Map<string, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const handlers = new Map<string, Set<(data: unknown) => void>>();
  let next = 0;
  const prefix = uuidV4();

  const provider = Object.freeze({
    request(args: { method: string; params?: unknown }): Promise<unknown> {
      const id = `${prefix}:${++next}`;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const request = isRecord(args) ? { method: args.method, params: args.params } : args;
        win.postMessage({ channel: PAGE_CHANNEL, direction: 'to-wallet', id, request }, win.location.origin === 'null' ? '*' : win.location.origin);
      });
    },
    on(event: string, handler: (data: unknown) => void) {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
      return provider;
    },
    removeListener(event: string, handler: (data: unknown) => void) {
      handlers.get(event)?.delete(handler);
      return provider;
    },
  });

  win.addEventListener('message', (message: MessageEvent<unknown>) => {
    const data = message.data;
    if (message.source !== win || !isRecord(data) || data.channel !== PAGE_CHANNEL || data.direction !== 'to-page') return;
    if (typeof data.id === 'string' && isRecord(data.reply)) {
      const entry = waiting.get(data.id);
      if (!entry) return;
      waiting.delete(data.id);
      const reply = data.reply;
      if (reply.ok === true) entry.resolve(reply.result);
      else {
        const error = isRecord(reply.error) ? reply.error : {};
        entry.reject(new ProviderRpcError(Number(error.code), String(error.message), error.data));
      }
    } else if (isRecord(data.push) && typeof data.push.event === 'string') {
      for (const handler of handlers.get(data.push.event) ?? []) handler(data.push.data);
    }
  });

  const detail = Object.freeze({
    info: Object.freeze({ uuid: uuidV4(), name: 'LiveGift Wallet', icon: ICON, rdns: 'invalid.livegift.wallet' }),
    provider,
  });
  const announce = () => win.dispatchEvent(new CustomEvent(ANNOUNCE_PROVIDER_EVENT, { detail }));
  win.addEventListener(REQUEST_PROVIDER_EVENT, announce);
  announce();
}
