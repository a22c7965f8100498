import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signedEvent } from './signed-event';

/** A Checkout Session as the stand-in keeps it: the fields the gift server and its tests read. */
export interface StandInSession {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid';
  amount_total: number;
  currency: string;
  allowed_payment_method_types: string[];
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
  expires_at: number;
  url: string;
}

export interface StripeStandIn {
  /** For STRIPE_API_BASE. */
  url: string;
  sessions: Map<string, StandInSession>;
  /** Every create request, as the form fields Stripe's client sent. */
  creates: URLSearchParams[];
  /** Signs and posts an event about a session to the gift server's webhook, as Stripe would. */
  send(type: string, session: StandInSession): Promise<Response>;
  /** The checkout page's Pay button: the session becomes paid, the webhook is told. */
  pay(sessionId: string): Promise<Response>;
  close(): Promise<void>;
}

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A local stand-in for the two Stripe API calls the gift server makes (create and retrieve a Checkout
 * Session), plus a hosted "checkout page" whose Pay button signs checkout.session.completed with the
 * webhook secret, posts it to the gift server and sends the browser back to the success URL.
 * Loopback only; no Stripe account needed. Not Stripe: only what these tests need.
 */
export async function startStripeStandIn(options: { webhookUrl?: string; webhookSecret: string; port?: number; secretKey?: string }): Promise<StripeStandIn> {
  const sessions = new Map<string, StandInSession>();
  const byIdempotencyKey = new Map<string, string>();
  const creates: URLSearchParams[] = [];
  let next = 0;
  let base = '';

  const send = (type: string, session: StandInSession) => {
    const { body, header } = signedEvent(type, session, options.webhookSecret);
    if (!options.webhookUrl) throw new Error('This stand-in has no webhook URL to post to.');
    return fetch(options.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body });
  };
  const pay = async (sessionId: string) => {
    const session = sessions.get(sessionId)!;
    if (session.status === 'open') Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: `pi_test_${session.id.slice(8)}` });
    return send('checkout.session.completed', session);
  };

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const notFound = (response: ServerResponse, what: string) =>
    json(response, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } });

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', base);
    const api = url.pathname.startsWith('/v1/');
    if (api && options.secretKey && request.headers.authorization !== `Bearer ${options.secretKey}`) {
      return json(response, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    }
    if (request.method === 'POST' && url.pathname === '/v1/checkout/sessions') {
      const form = new URLSearchParams(await read(request));
      creates.push(form);
      const key = String(request.headers['idempotency-key'] ?? '');
      const earlier = key ? byIdempotencyKey.get(key) : undefined;
      if (earlier) return json(response, 200, sessions.get(earlier));
      const id = `cs_test_${(++next).toString().padStart(6, '0')}`;
      const types = [...form.entries()].filter(([name]) => name.startsWith('allowed_payment_method_types[')).map(([, value]) => value);
      const metadata = Object.fromEntries([...form.entries()].filter(([name]) => name.startsWith('metadata[')).map(([name, value]) => [name.slice(9, -1), value]));
      const session: StandInSession = {
        id,
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: Number(form.get('line_items[0][price_data][unit_amount]')),
        currency: String(form.get('line_items[0][price_data][currency]')),
        allowed_payment_method_types: types,
        metadata,
        payment_intent: null,
        success_url: String(form.get('success_url')),
        cancel_url: String(form.get('cancel_url')),
        expires_at: Number(form.get('expires_at')),
        url: `${base}/pay/${id}`,
      };
      sessions.set(id, session);
      if (key) byIdempotencyKey.set(key, id);
      return json(response, 200, session);
    }
    const retrieve = /^\/v1\/checkout\/sessions\/([\w]+)$/.exec(url.pathname);
    if (request.method === 'GET' && retrieve) {
      const session = sessions.get(retrieve[1]!);
      return session ? json(response, 200, session) : notFound(response, `checkout.session: '${retrieve[1]}'`);
    }
    const page = /^\/pay\/([\w]+)(\/complete)?$/.exec(url.pathname);
    const session = page ? sessions.get(page[1]!) : undefined;
    if (page && session && request.method === 'GET' && !page[2]) {
      const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: session.currency.toUpperCase() }).format(session.amount_total / 100);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkout (stand-in)</title></head>
<body><main><h1>Checkout stand-in</h1><p>Pay <b data-testid="amount">${escape(amount)}</b> for LiveGift coins.</p>
<form method="post" action="/pay/${session.id}/complete"><button type="submit">Pay ${escape(amount)}</button></form>
<p><a href="${escape(session.cancel_url)}">Cancel and go back</a></p></main></body></html>`);
      return;
    }
    if (page && session && request.method === 'POST' && page[2]) {
      const delivered = await pay(session.id);
      if (!delivered.ok) return json(response, 502, { error: `the webhook answered ${delivered.status}: ${await delivered.text()}` });
      response.writeHead(303, { location: session.success_url }).end();
      return;
    }
    notFound(response, url.pathname);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    sessions,
    creates,
    send,
    pay,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
