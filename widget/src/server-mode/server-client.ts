import type { ZodType } from 'zod';
import { apiErrorSchema } from '@core/messages/gift-server-api';
import type { WalletRefusal } from '@core/ports';

/** What the site gives the tray to reach its gift server. */
export interface ServerClientOptions {
  /** The server's origin, e.g. `https://gifts.example` (the API's paths start at `/v1`). */
  server: string;
  /** The viewer's bearer token, asked for before every request that needs one. */
  getToken?: (() => string | null | undefined | Promise<string | null | undefined>) | undefined;
  fetch?: typeof fetch | undefined;
}

export interface ServerClient {
  /** GETs a path without a token (what every viewer of a stream may see) and validates the answer. */
  read<T>(path: string, schema: ZodType<T>): Promise<T>;
  /** Calls a path as the signed-in viewer (`Authorization: Bearer …`) and validates the answer. */
  call<T>(path: string, schema: ZodType<T>, body?: unknown): Promise<T>;
}

/**
 * An answer the tray cannot use: unreadable, of the wrong shape, or a server failure. It has no `code`, so the
 * tray counts it as "did not answer" and retries with the same idempotency key, which the server replays.
 */
export class ServerUnreadableError extends Error {
  override readonly name = 'ServerUnreadableError';
  constructor(
    message: string,
    /** A server failure (5xx) that may pass, rather than an answer of the wrong shape. */
    readonly transient = false,
  ) {
    super(message);
  }
}

const MAX_MESSAGE = 200;
const SIGNED_OUT: WalletRefusal = { code: 'unauthorized', message: 'Sign in to send gifts.' };

/**
 * The gift server's HTTP transport: JSON in and out, every answer validated with the API's schemas, and
 * refusals (`{ error: { code, message, approvalId? } }`) rethrown as the wallet refusals the tray shows.
 */
export function createServerClient({ server, getToken, fetch: fetcher = fetch }: ServerClientOptions): ServerClient {
  const url = (path: string) => new URL(path, server).href;

  async function answer<T>(response: Response, schema: ZodType<T>): Promise<T> {
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const refusal = apiErrorSchema.safeParse(body);
      // A 5xx is the server failing, not refusing: retried with the same key.
      if (!refusal.success || response.status >= 500) {
        throw new ServerUnreadableError(`The gift server answered HTTP ${response.status}.`, response.status >= 500);
      }
      const { code, message, approvalId } = refusal.data.error;
      // The status line shows the message: a server's long text must not take the tray over.
      throw { code, message: message.slice(0, MAX_MESSAGE) || code, ...(approvalId ? { approvalId } : {}) } satisfies WalletRefusal;
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ServerUnreadableError(`The gift server sent an answer the tray cannot read (${response.url}).`);
    return parsed.data;
  }

  return {
    async read(path, schema) {
      return answer(await fetcher(url(path), { credentials: 'omit', cache: 'no-store' }), schema);
    },
    async call(path, schema, body) {
      const token = await getToken?.();
      if (!token) throw { ...SIGNED_OUT };
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetcher(url(path), {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
      });
      return answer(response, schema);
    },
  };
}
