// The demo live page's own script (not part of the widget): a simulated chat, and other viewers' gifts fed to
// the tray through its public addGiftEvent, as a site's realtime feed would.
// Query parameters let tests and visitors try variants: ?catalog=URL, ?locale=es, ?confirm-above=N, ?goal=N, ?stream=ID, ?creator=ID,
// ?feed=off for a quiet page, and ?server=off (or =URL) for the gift server (see server-viewer.ts).
import type { GiftSentDetail } from '../src/gift-tray';

const params = new URLSearchParams(location.search);
const tray = document.querySelector('gift-tray');
const chat = document.querySelector<HTMLOListElement>('[data-demo="chat"]');

for (const name of ['catalog', 'locale', 'confirm-above', 'goal', 'currency', 'stream', 'creator']) {
  const value = params.get(name);
  if (value !== null) tray?.setAttribute(name, value);
}

const MAX_CHAT_LINES = 8;

function say(author: string, text: string): void {
  if (!chat) return;
  const line = document.createElement('li');
  const who = document.createElement('b');
  who.textContent = author;
  line.append(who, ` ${text}`);
  chat.append(line);
  while (chat.children.length > MAX_CHAT_LINES) chat.firstElementChild?.remove();
}

// Other scripts of the page (server-viewer.ts) write to the chat too.
document.addEventListener('demo-say', (event) => {
  const { author, text } = (event as CustomEvent<{ author: string; text: string }>).detail;
  say(author, text);
});

document.addEventListener('gift-sent', (event) => {
  const { giftName, count }: GiftSentDetail = event.detail;
  say('you', `sent ${giftName} ×${count} 🎁`);
});

const VIEWERS = ['sam_k', 'ana.b', 'joe', 'li.wei', 'marta', 'kofi', 'noor'];
const CHATTER = ['so fluffy!', 'what flour is that?', '🔥🔥🔥', 'hi from Accra', 'goal incoming!', 'yum', 'more syrup'];
const GIFTS = [
  { giftId: 'rose', name: 'Rose', coins: 1 },
  { giftId: 'finger-heart', name: 'Finger Heart', coins: 5 },
  { giftId: 'doughnut', name: 'Doughnut', coins: 30 },
  { giftId: 'hat', name: 'Hat and Mustache', coins: 99 },
];

let tick = 0;
function pick<T>(list: readonly T[]): T {
  return list[tick++ % list.length]!;
}

if (params.get('feed') !== 'off' && tray) {
  setInterval(() => say(pick(VIEWERS), pick(CHATTER)), 2500);
  setInterval(() => {
    // With a gift server the tray counts real viewers' gifts only (server-viewer.ts).
    if (tray.hasAttribute('server')) return;
    const from = pick(VIEWERS);
    const gift = pick(GIFTS);
    const count = 1 + (tick % 3) * 2;
    tray.addGiftEvent({ id: `demo-${tick}`, from, giftId: gift.giftId, count, coins: gift.coins * count, stream: 'sunday-pancakes' });
    say(from, `sent ${gift.name} ×${count} 🎁`);
  }, 4000);
}
