import { z } from 'zod';

const perHour = z.coerce.number().int().positive().max(1_000_000);

/** The environment variables of live payments and gift cards, merged into the server's one schema (config.ts). */
export const paymentEnvironment = {
  /** Live mode: the secret key of the Stripe account (sk_live_… or, against test mode, sk_test_…). */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'a Stripe secret key: sk_live_… or sk_test_…')
    .optional(),
  /** Live mode: the signing secret of the webhook endpoint (whsec_…). */
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9_+/=]+$/, 'a webhook signing secret: whsec_…').optional(),
  /** Where the Stripe API is (https://api.stripe.com by default); tests point it at a local stand-in. */
  STRIPE_API_BASE: z.url({ protocol: /^https?$/ }).optional(),
  /** Live mode: the site's page a viewer comes back to from the checkout (the page with the tray). */
  LIVEGIFT_CHECKOUT_RETURN_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The key of the gift card codes' hashes; without it, a key file in the data folder. */
  LIVEGIFT_GIFT_CARD_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  /** Wrong gift card codes allowed per hour, per viewer and per client address. */
  LIVEGIFT_GIFT_CARD_GUESSES_PER_VIEWER: perHour.default(10),
  LIVEGIFT_GIFT_CARD_GUESSES_PER_ADDRESS: perHour.default(30),
};

type PaymentEnvironment = z.infer<z.ZodObject<typeof paymentEnvironment>>;

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** host, port and protocol for the stripe package; undefined: Stripe itself. */
  api: { host: string; port: number; protocol: 'http' | 'https' } | undefined;
  returnUrl: string;
}

export interface PaymentConfig {
  /** Set in live mode: every recharge goes through Stripe Checkout. */
  stripe: StripeConfig | undefined;
  giftCards: { secret: string | undefined; guessesPerViewer: number; guessesPerAddress: number };
}

/** The payment part of the configuration, or the names of the variables live mode is missing. */
export function paymentConfigOf(e: PaymentEnvironment, mode: 'demo' | 'live'): { config: PaymentConfig; missing: string[] } {
  const giftCards = {
    secret: e.LIVEGIFT_GIFT_CARD_SECRET,
    guessesPerViewer: e.LIVEGIFT_GIFT_CARD_GUESSES_PER_VIEWER,
    guessesPerAddress: e.LIVEGIFT_GIFT_CARD_GUESSES_PER_ADDRESS,
  };
  if (mode !== 'live') return { config: { stripe: undefined, giftCards }, missing: [] };
  const required = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'LIVEGIFT_CHECKOUT_RETURN_URL'] as const;
  const missing = required.filter((name) => !e[name]).map((name) => `${name}: live mode takes payments through Stripe and needs it`);
  if (missing.length > 0) return { config: { stripe: undefined, giftCards }, missing };
  const base = e.STRIPE_API_BASE ? new URL(e.STRIPE_API_BASE) : undefined;
  const protocol = base?.protocol === 'http:' ? 'http' : 'https';
  const stripe: StripeConfig = {
    secretKey: e.STRIPE_SECRET_KEY!,
    webhookSecret: e.STRIPE_WEBHOOK_SECRET!,
    api: base ? { host: base.hostname, port: Number(base.port || (protocol === 'http' ? 80 : 443)), protocol } : undefined,
    returnUrl: e.LIVEGIFT_CHECKOUT_RETURN_URL!,
  };
  return { config: { stripe, giftCards }, missing: [] };
}
