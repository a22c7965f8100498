import type { LimitKind } from '../logic/refusal';

export type Locale = 'en' | 'es';
export type Tier = 'basic' | 'popular' | 'premium' | 'legendary';

/** Every word the tray shows. Numbers arrive formatted (Intl) by the caller. */
export interface Messages {
  tray: string;
  coins: (formatted: string, one: boolean) => string;
  balance: string;
  testMode: string;
  testModeHint: string;
  addTestCoins: (coins: string) => string;
  recharge: string;
  /** The recharge button while the viewer's wallet extension pays: it opens the extension's recharge. */
  rechargeIn: (wallet: string) => string;
  lowBalance: string;
  quantity: string;
  gifts: string;
  loadingGifts: string;
  tiers: Record<Tier, string>;
  combo: (taps: string) => string;
  sent: (gift: string, count: string, coins: string) => string;
  recharged: (coins: string) => string;
  rechargeOpened: (wallet: string) => string;
  insufficient: string;
  limit: Record<LimitKind, string>;
  approvalRequested: string;
  /** After a parent's answer (Ask to Buy). */
  approvalAnswer: Record<'approved' | 'declined' | 'expired', string>;
  dismiss: string;
  confirm: (gift: string, count: string, coins: string) => string;
  send: string;
  cancel: string;
  cancelled: string;
  goal: string;
  goalReached: string;
  topGifters: string;
  you: string;
  noGifters: string;
  catalogNotice: string;
  payWith: (wallet: string) => string;
  payingFrom: (wallet: string) => string;
  /** Several wallets announced themselves on the page. */
  severalWallets: string;
  useWallet: (wallet: string, rdns: string) => string;
  offline: string;
}

const en: Messages = {
  tray: 'Send a gift',
  coins: (n, one) => `${n} ${one ? 'coin' : 'coins'}`,
  balance: 'Balance',
  testMode: 'TEST MODE',
  testModeHint: 'This tray uses a test wallet; no real money moves.',
  addTestCoins: (coins) => `Add ${coins} test coins`,
  recharge: 'Recharge',
  rechargeIn: (wallet) => `Recharge in ${wallet}`,
  lowBalance: 'Low balance',
  quantity: 'Quantity',
  gifts: 'Gifts',
  loadingGifts: 'Loading gifts…',
  tiers: { basic: 'Basic', popular: 'Popular', premium: 'Premium', legendary: 'Legendary' },
  combo: (taps) => `Combo ×${taps}`,
  sent: (gift, count, coins) => `Sent ${gift} ×${count} for ${coins}.`,
  recharged: (coins) => `Added ${coins}.`,
  rechargeOpened: (wallet) => `${wallet} opened its recharge in a window: buy coins there.`,
  insufficient: 'Not enough coins for this gift. Recharge to send it.',
  limit: {
    budget: 'Your gift budget is reached: this gift would go over it.',
    parental: 'A parental limit blocks this gift.',
    'recharges-locked': 'A parent has locked recharges.',
  },
  approvalRequested: 'A parent has been asked to approve it.',
  approvalAnswer: {
    approved: 'A parent approved your gift: tap it again to send it.',
    declined: 'A parent declined your gift.',
    expired: 'Your request to a parent expired; tap the gift to ask again.',
  },
  dismiss: 'Dismiss',
  confirm: (gift, count, coins) => `Send ${gift} ×${count} for ${coins}?`,
  send: 'Send',
  cancel: 'Cancel',
  cancelled: 'The viewer cancelled the gift.',
  goal: 'Stream goal',
  goalReached: 'Goal reached!',
  topGifters: 'Top gifters',
  you: 'You',
  noGifters: 'No gifts yet. Be the first!',
  catalogNotice: 'The gift catalog could not be loaded, so the default gifts are shown.',
  payWith: (wallet) => `Pay with ${wallet}`,
  payingFrom: (wallet) => `Paying from ${wallet}`,
  severalWallets: 'Several wallets announced themselves on this page. Choose yours: your wallet then asks in its own window.',
  useWallet: (wallet, rdns) => `Use ${wallet} (${rdns})`,
  offline: 'Offline',
};

/** English is in the entry; Spanish loads (a small chunk) before a Spanish tray first renders. */
export const MESSAGES: Partial<Record<Locale, Messages>> & { en: Messages } = { en };

/** Loads the words of `locale` once; resolves at once when they are there. */
export function loadMessages(locale: Locale): Promise<void> {
  if (MESSAGES[locale]) return Promise.resolve();
  return import('./messages-es').then(({ es }) => {
    MESSAGES.es = es;
  });
}
