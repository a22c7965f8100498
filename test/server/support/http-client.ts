/** A tiny client of a running gift server, for the process tests and benchmarks. */
export class GiftClient {
  constructor(readonly baseUrl: string) {}

  async signIn(name: string): Promise<{ token: string; viewer: { id: string; name: string } }> {
    const response = await fetch(`${this.baseUrl}/v1/demo/session`, { method: 'POST', body: JSON.stringify({ name }), headers: { 'Content-Type': 'application/json' } });
    if (response.status !== 201) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
    return (await response.json()) as { token: string; viewer: { id: string; name: string } };
  }

  /** Every write carries its idempotency key, so one retry after a dropped connection is safe. */
  async post(path: string, token: string, body: unknown): Promise<Response> {
    const send = () =>
      fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      });
    try {
      return await send();
    } catch {
      return send();
    }
  }

  async recharge(token: string, packId: string, idempotencyKey: string): Promise<number> {
    const response = await this.post('/v1/recharges', token, { idempotencyKey, region: 'US', packId, instrument: { method: 'card', token: '4242 4242 4242 4242' } });
    await response.body?.cancel();
    return response.status;
  }

  gift(token: string, body: { creator: string; stream: string; giftId: string; count: number; idempotencyKey: string }): Promise<Response> {
    return this.post('/v1/gifts', token, body);
  }

  async balance(token: string): Promise<number> {
    const response = await fetch(`${this.baseUrl}/v1/wallet`, { headers: { Authorization: `Bearer ${token}` } });
    return ((await response.json()) as { balance: number }).balance;
  }
}

export interface SseEvent {
  event: string;
  id: string;
  data: unknown;
}

/** An EventSource-like reader over fetch: collects events until closed. */
export function openFeed(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  const ready = fetch(url, { headers, signal: controller.signal }).then(async (response) => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields: Record<string, string> = {};
            for (const line of block.split('\n')) {
              if (!line || line.startsWith(':')) continue;
              const colon = line.indexOf(':');
              fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
            }
            if (fields.event) events.push({ event: fields.event, id: fields.id ?? '', data: JSON.parse(fields.data ?? 'null') });
            for (const wake of waiters.splice(0)) wake();
          }
        }
      } catch {
        // aborted
      }
    })();
    return response;
  });
  return {
    events,
    ready,
    /** Resolves once `test` holds for the events so far (or rejects after timeoutMs). */
    async until(test: (events: SseEvent[]) => boolean, timeoutMs = 20_000): Promise<SseEvent[]> {
      const deadline = Date.now() + timeoutMs;
      while (!test(events)) {
        if (Date.now() > deadline) throw new Error(`feed: condition not met; events: ${JSON.stringify(events.map((e) => [e.event, e.id]))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return events;
    },
    close: () => controller.abort(),
  };
}
