import { DEFAULT_GIFT_CATALOG } from '../gift-catalog';
import type { Gift } from '../gift-schema';
import type { CashOutPolicy } from '../gifts/cash-out';
import { DEFAULT_GIFT_ECONOMY, type GiftEconomy } from '../gifts/gift-economy';
import { DEFAULT_VIEWER_ID, partyIdSchema, viewerAccount } from '../ledger/accounts';
import { timeZoneSchema } from '../limits/time-windows';
import { systemClock, type Clock } from '../ports/clock';
import type { PaymentProvider } from '../ports/payment-provider';
import type { WalletStorage } from '../ports/wallet-storage';
import { quoteRecharge, type RechargeQuoteInput } from '../pricing/quote-recharge';
import type { RechargeQuote } from '../pricing/recharge-quote';

export interface WalletServiceOptions {
  storage: WalletStorage;
  payments: PaymentProvider;
  clock?: Clock;
  catalog?: readonly Gift[];
  economy?: GiftEconomy;
  cashOut?: CashOutPolicy;
  /** The viewer whose coin wallet this is; one wallet per viewer. */
  viewerId?: string;
  /** The viewer's IANA time zone: day and month limits and monthly summaries follow it. */
  timeZone?: string;
  quote?: (input: RechargeQuoteInput) => RechargeQuote;
}

/** What the wallet's flows share: one viewer's wallet, its storage, payments, clock and price rules. */
export interface WalletContext {
  readonly storage: WalletStorage;
  readonly payments: PaymentProvider;
  readonly clock: Clock;
  readonly catalog: readonly Gift[];
  readonly economy: GiftEconomy;
  readonly quote: (input: RechargeQuoteInput) => RechargeQuote;
  readonly viewerId: string;
  /** The viewer's IANA time zone: day and month limits and monthly summaries follow it. */
  readonly timeZone: string;
  /** The viewer's coin account, `viewer:<id>`. */
  readonly account: string;
}

/** The wallet's parts with their defaults filled in: the one place the defaults live. */
export function createWalletContext(options: WalletServiceOptions): WalletContext {
  const viewerId = partyIdSchema.parse(options.viewerId ?? DEFAULT_VIEWER_ID);
  return {
    storage: options.storage,
    payments: options.payments,
    clock: options.clock ?? systemClock,
    catalog: options.catalog ?? DEFAULT_GIFT_CATALOG,
    economy: options.economy ?? DEFAULT_GIFT_ECONOMY,
    quote: options.quote ?? ((input) => quoteRecharge(input)),
    viewerId,
    timeZone: timeZoneSchema.parse(options.timeZone ?? 'UTC'),
    account: viewerAccount(viewerId),
  };
}
