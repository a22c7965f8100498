import type { Gift } from '../gift-schema';
import type { GiftEconomy } from '../gifts/gift-economy';
import type { Clock } from '../ports/clock';
import type { PaymentProvider } from '../ports/payment-provider';
import type { WalletStorage } from '../ports/wallet-storage';
import type { RechargeQuoteInput } from '../pricing/quote-recharge';
import type { RechargeQuote } from '../pricing/recharge-quote';

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
