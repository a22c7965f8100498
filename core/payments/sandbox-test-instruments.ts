import { z } from 'zod';

/** What a test instrument makes the sandbox do. */
export const sandboxOutcomeSchema = z.enum([
  'succeeds',
  'declined',
  'insufficient-funds',
  'blocked-by-bank',
  'settles-after-delay',
  'network-failure',
]);
export type SandboxOutcome = z.infer<typeof sandboxOutcomeSchema>;

export const sandboxTestInstrumentSchema = z.object({
  /** What to type: a card number (spaces optional) or, for every other method, an account name. */
  token: z.string().min(1),
  /** `card` tokens work with the card method; `account` tokens with every other method (wallets, UPI, carrier…). */
  appliesTo: z.enum(['card', 'account']),
  label: z.string().min(1),
  outcome: sandboxOutcomeSchema,
});
export type SandboxTestInstrument = z.infer<typeof sandboxTestInstrumentSchema>;

const CARD_AND_ACCOUNT: readonly [SandboxOutcome, string, string, string][] = [
  ['succeeds', '4242 4242 4242 4242', 'success@sandbox', 'Succeeds at once'],
  ['declined', '4000 0000 0000 0002', 'declined@sandbox', 'Declined'],
  ['insufficient-funds', '4000 0000 0000 9995', 'no-funds@sandbox', 'Insufficient funds'],
  ['blocked-by-bank', '4000 0000 0000 9987', 'blocked@sandbox', 'Blocked by the bank'],
  ['settles-after-delay', '4000 0000 0000 0077', 'delayed@sandbox', 'Pending, settles after a delay'],
  ['network-failure', '4000 0000 0000 0119', 'network@sandbox', 'Fails on the network (never reaches the provider)'],
];

/**
 * The sandbox's deterministic test cards and accounts, in the spirit of Stripe's test mode. Every other
 * card number or account is declined, so a typo never looks like a success.
 */
export const SANDBOX_TEST_INSTRUMENTS: readonly SandboxTestInstrument[] = Object.freeze(
  CARD_AND_ACCOUNT.flatMap(([outcome, card, account, label]) => [
    { token: card, appliesTo: 'card' as const, label: `Test card: ${label.toLowerCase()}`, outcome },
    { token: account, appliesTo: 'account' as const, label: `Test account: ${label.toLowerCase()}`, outcome },
  ]),
);

/** Spaces, dashes and case do not matter when matching a token. */
export function normalizeToken(token: string): string {
  return token.replace(/[\s-]/g, '').toLowerCase();
}

export function findSandboxInstrument(method: string, token: string): SandboxTestInstrument | undefined {
  const appliesTo = method === 'card' ? 'card' : 'account';
  const wanted = normalizeToken(token);
  return SANDBOX_TEST_INSTRUMENTS.find(
    (instrument) => instrument.appliesTo === appliesTo && normalizeToken(instrument.token) === wanted,
  );
}
