// The demo live page, served by the gift server (npm start): viewers sign in by name and pay from their account
// there, so two browser windows are two viewers who see each other's gifts, the shared goal and the top gifters.
// Served without one (a static host, or ?server=off), the tray keeps its in-page test wallet.
// The demo's own code, not the widget's: a site's login would sign its viewers' tokens instead.
import type { GiftTrayElement } from '../src/gift-tray';

interface DemoSession {
  token: string;
  viewer: { id: string; name: string };
}

const STORED = 'livegift-demo-viewer';
const params = new URLSearchParams(location.search);
const tray = document.querySelector<GiftTrayElement>('gift-tray');
const panel = document.querySelector<HTMLElement>('[data-demo="viewer"]');
const form = document.querySelector<HTMLFormElement>('[data-demo="sign-in"]');
const signedIn = document.querySelector<HTMLElement>('[data-demo="signed-in"]');
const problem = document.querySelector<HTMLElement>('[data-demo="sign-in-problem"]');

/** A line in the page's chat (live-demo.ts writes it). */
const say = (author: string, text: string) => document.dispatchEvent(new CustomEvent('demo-say', { detail: { author, text } }));

function readStored(): DemoSession | null {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORED) ?? 'null');
    const { token, viewer } = (stored ?? {}) as Partial<DemoSession>;
    return typeof token === 'string' && typeof viewer?.name === 'string' && typeof viewer.id === 'string' ? { token, viewer } : null;
  } catch {
    return null;
  }
}

/** The gift server that serves this page, if it is one: its health check answers JSON. */
async function findServer(): Promise<string | null> {
  const asked = params.get('server');
  if (asked === 'off') return null;
  const server = asked ? new URL(asked, location.href).origin : location.origin;
  try {
    const response = await fetch(new URL('/healthz', server), { cache: 'no-store' });
    return response.headers.get('content-type')?.includes('application/json') ? server : null;
  } catch {
    return null;
  }
}

function show(session: DemoSession | null): void {
  if (!tray || !panel || !form || !signedIn) return;
  tray.token = session?.token ?? null;
  panel.hidden = false;
  form.hidden = session !== null;
  signedIn.hidden = session === null;
  signedIn.querySelector('[data-demo="viewer-name"]')!.textContent = session?.viewer.name ?? '';
  if (!session) form.querySelector('input')?.focus();
}

async function signIn(server: string, name: string): Promise<DemoSession> {
  const response = await fetch(new URL('/v1/demo/session', server), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  const body = (await response.json().catch(() => null)) as (DemoSession & { error?: { message?: string } }) | null;
  if (!response.ok || typeof body?.token !== 'string') throw new Error(body?.error?.message ?? `The gift server answered HTTP ${response.status}.`);
  return { token: body.token, viewer: body.viewer };
}

/** Every viewer's gifts in the chat, as the stream's feed tells them (this viewer's own say "you" already). */
function chatGifts(server: string, stream: string): void {
  const feed = new EventSource(new URL(`/v1/streams/${encodeURIComponent(stream)}/events`, server));
  feed.addEventListener('gift', (event) => {
    try {
      const { from, giftId, count } = JSON.parse((event as MessageEvent<string>).data) as { from: string; giftId: string; count: number };
      if (from !== readStored()?.viewer.name) say(from, `sent ${giftId} ×${count} 🎁`);
    } catch {
      // not the demo's business: the tray validates what it shows
    }
  });
}

interface RechargeStatus {
  recharge: { state: 'created' | 'pending' | 'settled' | 'failed'; quote: { coins: number } };
  message: string | null;
}

const CHECKOUT_PARAM = 'livegift_checkout';

/**
 * Back from a live server's checkout (?livegift_checkout=returned|cancelled): the page says what became
 * of the recharge, asking the server until it settles or fails, and then shows the tray the new balance.
 */
async function followCheckout(server: string, session: DemoSession): Promise<void> {
  const outcome = params.get(CHECKOUT_PARAM);
  const line = document.querySelector<HTMLElement>('[data-demo="checkout-status"]');
  if (!outcome || !line || !tray) return;
  const clean = new URL(location.href);
  clean.searchParams.delete(CHECKOUT_PARAM);
  history.replaceState(null, '', clean); // a reload is an ordinary visit
  line.hidden = false;
  for (let asked = 0; asked < 600; asked++) {
    const response = await fetch(new URL('/v1/recharges', server), { headers: { authorization: `Bearer ${session.token}` }, cache: 'no-store' });
    const latest = response.ok ? ((await response.json()) as { recharges: RechargeStatus[] }).recharges[0] : undefined;
    if (!latest) break;
    const { state, quote } = latest.recharge;
    if (state === 'settled') {
      line.textContent = `${new Intl.NumberFormat('en-US').format(quote.coins)} coins added. Thank you!`;
      tray.token = session.token; // the tray reads the new balance
      return;
    }
    if (state === 'failed') {
      line.textContent = latest.message ?? 'The payment did not go through; nothing was charged.';
      return;
    }
    if (outcome === 'cancelled') {
      line.textContent =
        'You left the checkout, so nothing was charged. It closes by itself within 30 minutes; until then the same pack cannot be bought again, so you are never charged twice.';
      return;
    }
    line.textContent = 'Payment sent. Waiting for the payment provider to confirm it: coins can arrive late; never buy twice.';
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  line.textContent = 'The payment is still being confirmed. Your coins will be added as soon as it settles.';
}

async function start(): Promise<void> {
  const server = await findServer();
  if (!server || !tray || !form || !signedIn) return;
  tray.setAttribute('server', server);
  document.documentElement.dataset.giftServer = 'on';
  const stored = readStored();
  // A token from before a reset of the server's data is refused: sign in again.
  const valid = stored && (await fetch(new URL('/v1/wallet', server), { headers: { authorization: `Bearer ${stored.token}` } })).ok;
  if (!valid) sessionStorage.removeItem(STORED);
  show(valid ? stored : null);
  if (valid) void followCheckout(server, stored);
  chatGifts(server, tray.getAttribute('stream') ?? '');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (problem) problem.textContent = '';
    signIn(server, name).then(
      (session) => {
        sessionStorage.setItem(STORED, JSON.stringify(session));
        show(session);
      },
      (error: unknown) => {
        if (problem) problem.textContent = error instanceof Error ? error.message : String(error);
      },
    );
  });
  signedIn.querySelector('[data-demo="switch"]')?.addEventListener('click', () => {
    sessionStorage.removeItem(STORED);
    show(null);
  });
}

void start();
