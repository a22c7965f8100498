import { ANNOUNCE_PROVIDER_EVENT, REQUEST_PROVIDER_EVENT } from '../../../core/bridge/bridge-names';
import type { WalletPort } from '../../../core/ports/wallet-port';
import type { Offer } from './extension-adapter';

/** What the tray knows of a viewer's wallet extension (README, Wallet bridge). */
export interface ExtensionSeam {
  /** The extension's wallet when this site is connected to it, else null. */
  find(): Promise<WalletPort | null>;
  /** The announced wallet's name, once a valid announcement arrived. */
  name(): string | null;
  /** Asks the viewer (in the extension's own window) to connect this site; true once connected. */
  connect(): Promise<boolean>;
  /** Called when a wallet announces itself or the site is disconnected. */
  watch(listener: () => void): () => void;
}

// Only this listener lives in the tray's entry; validation and the adapter load lazily when a wallet answers.
const listeners = new Set<() => void>();
let offer: Promise<Offer | null> = Promise.resolve(null);
let named: string | null = null;
const changed = () => listeners.forEach((listener) => listener());
const adapter = () => import('./extension-adapter');

addEventListener(ANNOUNCE_PROVIDER_EVENT, (event) => {
  const detail = (event as CustomEvent<unknown>).detail;
  offer = offer
    .then(async (known) => {
      const picked = known ?? (await adapter()).readAnnouncement(detail, changed);
      named = picked?.name ?? null;
      if (picked && !known) changed();
      return picked;
    })
    .catch(() => null); // the adapter chunk did not load (offline): the next announcement tries again
});
dispatchEvent(new Event(REQUEST_PROVIDER_EVENT));

export const extensionWallet: ExtensionSeam = {
  find: async () => (await offer)?.connected() ?? null,
  name: () => named,
  connect: async () => (await offer)?.connect() ?? false,
  watch(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
