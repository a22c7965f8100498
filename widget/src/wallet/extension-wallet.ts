import { ANNOUNCE_PROVIDER_EVENT, REQUEST_PROVIDER_EVENT } from '@core/bridge/bridge-names';
import type { WalletPort } from '@core/ports';
import type { Offer } from './extension-adapter';

/** One wallet that announced itself, as the viewer is shown it when several did. */
export interface WalletChoice {
  id: string;
  name: string;
  rdns: string;
}

/** What the tray knows of a viewer's wallet extension (README, Wallet bridge). */
export interface ExtensionSeam {
  /** The extension's wallet when this site is connected to it, else null (also while several announced and none is chosen). */
  find(): Promise<WalletPort | null>;
  /** The wallet's name for itself, once exactly one announced or the viewer chose one. */
  name(): string | null;
  /** Asks the viewer (in the extension's own window) to connect this site; true once connected. */
  connect(): Promise<boolean>;
  /** Called when a wallet announces itself or the site is disconnected. */
  watch(listener: () => void): () => void;
  /** Several wallets announced and the viewer has not chosen: which ones (else empty). */
  choices(): readonly WalletChoice[];
  /** The viewer picked one of `choices()`. */
  choose(id: string): void;
}

// Only this listener lives in the tray's entry; validation and the adapter load lazily when a wallet answers.
const listeners = new Set<() => void>();
/**
 * Every valid announcement, by its uuid. A page script can announce too, with any name and rdns, so
 * neither proves anything: with several, the tray says so and the viewer chooses (the real extension
 * then shows its own connection window, which no page can draw).
 */
const offers = new Map<string, Offer>();
let chosen: string | null = null;
let reading: Promise<unknown> = Promise.resolve();
const changed = () => listeners.forEach((listener) => listener());
const adapter = () => import('./extension-adapter');

function current(): Offer | null {
  if (chosen !== null) return offers.get(chosen) ?? null;
  return offers.size === 1 ? [...offers.values()][0]! : null;
}

addEventListener(ANNOUNCE_PROVIDER_EVENT, (event) => {
  const detail = (event as CustomEvent<unknown>).detail;
  reading = reading
    .then(async () => {
      const { readAnnouncement, announcementId } = await adapter();
      const id = announcementId(detail);
      if (id === null || offers.has(id)) return; // malformed, or a wallet announcing again
      const offer = readAnnouncement(detail, changed);
      if (!offer) return;
      offers.set(id, offer);
      changed();
    })
    .catch(() => undefined); // the adapter chunk did not load (offline): the next announcement tries again
});
dispatchEvent(new Event(REQUEST_PROVIDER_EVENT));

export const extensionWallet: ExtensionSeam = {
  find: async () => {
    await reading;
    return (await current()?.connected()) ?? null;
  },
  name: () => current()?.name ?? null,
  connect: async () => {
    await reading;
    return (await current()?.connect()) ?? false;
  },
  watch(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  choices: () => (chosen === null && offers.size > 1 ? [...offers].map(([id, offer]) => ({ id, name: offer.name, rdns: offer.rdns })) : []),
  choose(id) {
    if (!offers.has(id)) return;
    chosen = id;
    changed();
  },
};
