import { DEFAULT_GIFT_CATALOG, MemoryWalletStore, SandboxPaymentProvider, SandboxWallet, WalletError, WalletService } from '@core';

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | null;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

/**
 * A stand-in for the gift server's HTTP API, answering through `fetch`: one viewer's core Wallet on memory
 * storage behind the same paths and error shape. `override` lets a test answer a path as a hostile server would.
 */
export async function fakeGiftServer(options: { coins?: number; token?: string } = {}) {
  const storage = new MemoryWalletStore();
  const wallet = new SandboxWallet(storage, { catalog: DEFAULT_GIFT_CATALOG });
  const service = new WalletService({ storage, payments: new SandboxPaymentProvider(), catalog: DEFAULT_GIFT_CATALOG });
  for (let i = 0; i < (options.coins ?? 0) / 70; i++) await wallet.recharge({ packId: 'pack-70', idempotencyKey: `seed-key-${i}` });
  const token = options.token ?? 'token-of-ana';
  const seen: SeenRequest[] = [];
  const overrides = new Map<string, () => Response | Promise<Response>>();
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const refuse = (error: unknown) => {
    if (error instanceof WalletError) {
      return json({ error: { code: error.code, message: error.message, ...(error.approvalId ? { approvalId: error.approvalId } : {}) } }, 409);
    }
    throw error;
  };

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    seen.push({ method: init?.method ?? 'GET', path: url.pathname + url.search, authorization: headers.get('authorization'), credentials: init?.credentials, body });
    const override = overrides.get(url.pathname);
    if (override) return override();
    if (url.pathname === '/v1/catalog') return json({ gifts: DEFAULT_GIFT_CATALOG });
    if (headers.get('authorization') !== `Bearer ${token}`) return json({ error: { code: 'unauthorized', message: 'Sign in first.' } }, 401);
    try {
      if (url.pathname === '/v1/wallet') {
        return json({ viewer: { id: 'viewer-ana', name: 'ana' }, balance: await wallet.balance(), mode: 'test', budget: { monthlyGiftCoins: null, spentThisMonth: 0 } });
      }
      if (url.pathname === '/v1/gifts') return json(await wallet.sendGift(body));
      if (url.pathname === '/v1/recharges') {
        const result = await service.recharge(body);
        return json(result);
      }
      if (url.pathname === '/v1/history') {
        return json(await service.history({ limit: Number(url.searchParams.get('limit')) }));
      }
    } catch (error) {
      return refuse(error);
    }
    return json({ error: { code: 'not-found', message: 'No such path.' } }, 404);
  };
  return { fetch, wallet, seen, overrides, json };
}
