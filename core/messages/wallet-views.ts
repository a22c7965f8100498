import { z } from 'zod';
import { coinsSchema, minorUnitsSchema } from '../money';
import { taxLabelCodeSchema } from '../pricing/price-list';
import { sandboxOutcomeSchema } from '../payments/sandbox-test-instruments';

// What pages are shown of the wallet. The background builds these views from the engine's records,
// so the pages depend on this small contract, not on how the ledger stores things.

const timestamp = z.number().int().nonnegative();
const currencyCode = z.string().regex(/^[A-Z]{3}$/);

export const activityKindSchema = z.enum(['recharge', 'gift', 'reversal']);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** One line of history as the viewer sees it. */
export const activityItemSchema = z.object({
  id: z.string().min(1),
  kind: activityKindSchema,
  /** Signed: coins in (recharge) are positive, coins out (gift) negative. */
  coins: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  balanceAfter: z.number().int(),
  createdAt: timestamp,
  giftId: z.string().optional(),
  count: z.number().int().positive().optional(),
  creator: z.string().optional(),
  packId: z.string().nullable().optional(),
  receiptId: z.string().nullable(),
});
export type ActivityItem = z.infer<typeof activityItemSchema>;

export const monthSummaryViewSchema = z.object({
  /** YYYY-MM in the viewer's time zone. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  rechargedCoins: z.number().int(),
  spentCoins: z.number().int(),
  byCreator: z.array(z.object({ creator: z.string(), coins: z.number().int() })),
});
export type MonthSummaryView = z.infer<typeof monthSummaryViewSchema>;

export const failureReasonSchema = z.enum(['declined', 'insufficient-funds', 'blocked-by-bank', 'region-not-supported', 'network', 'expired']);
export type FailureReasonView = z.infer<typeof failureReasonSchema>;

export const rechargeViewSchema = z.object({
  id: z.string().min(1),
  state: z.enum(['created', 'pending', 'settled', 'failed']),
  coins: coinsSchema,
  packId: z.string().nullable(),
  currency: currencyCode,
  totalMinor: minorUnitsSchema,
  instrumentLabel: z.string(),
  failureReason: failureReasonSchema.optional(),
  receiptId: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type RechargeView = z.infer<typeof rechargeViewSchema>;

export const budgetViewSchema = z.object({
  monthlyBudgetCoins: coinsSchema.nullable(),
  spentThisMonthCoins: z.number().int(),
  /** Rounded down; null when there is no budget. */
  usedPercent: z.number().int().nonnegative().nullable(),
  /** At or above the warning share (80 %). */
  warning: z.boolean(),
});
export type BudgetView = z.infer<typeof budgetViewSchema>;

/** What the popup shows first: all from running totals, so its cost does not grow with history. */
export const walletOverviewSchema = z.object({
  balance: coinsSchema,
  testMode: z.boolean(),
  region: z.string(),
  currency: currencyCode,
  recent: z.array(activityItemSchema),
  budget: budgetViewSchema,
  month: monthSummaryViewSchema,
  pendingRecharges: z.array(rechargeViewSchema),
  pendingApprovals: z.number().int().nonnegative(),
  /** Recharges a parent approved that the viewer can now complete. */
  approvedRecharges: z.array(z.object({ approvalId: z.string().min(1), coins: coinsSchema })),
  /** Recharges a parent declined, shown until the viewer dismisses them. */
  declinedRecharges: z.array(z.object({ approvalId: z.string().min(1), coins: coinsSchema })),
});
export type WalletOverview = z.infer<typeof walletOverviewSchema>;

export const packQuoteViewSchema = z.object({
  packId: z.string().min(1),
  coins: coinsSchema,
  currency: currencyCode,
  subtotalMinor: minorUnitsSchema,
  taxMinor: minorUnitsSchema,
  totalMinor: minorUnitsSchema,
  /** The English label; `tax` says the same as data the popup translates (null: show the label). */
  taxLabel: z.string(),
  tax: z
    .object({ labelCode: taxLabelCodeSchema, rateBasisPoints: z.number().int().min(0).max(10_000), localName: z.string().nullable() })
    .nullable(),
});
export type PackQuoteView = z.infer<typeof packQuoteViewSchema>;

/** The sandbox's deterministic outcomes (the sandbox's own list): the popup names each one in the viewer's language. */
export const testOutcomeSchema = sandboxOutcomeSchema;
export type TestOutcome = z.infer<typeof testOutcomeSchema>;

export const testInstrumentViewSchema = z.object({
  outcome: testOutcomeSchema,
  /** What a viewer would type: the test card number for cards, the test account for other methods. */
  cardToken: z.string().min(1),
  accountToken: z.string().min(1),
});
export type TestInstrumentView = z.infer<typeof testInstrumentViewSchema>;

export const rechargeOptionsSchema = z.object({
  region: z.string(),
  currency: currencyCode,
  testMode: z.boolean(),
  packs: z.array(packQuoteViewSchema),
  paymentMethods: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) })),
  instruments: z.array(testInstrumentViewSchema),
  comparison: z.object({
    webPer100CoinsMinor: minorUnitsSchema,
    appStorePer100CoinsMinor: minorUnitsSchema,
    appStoreFeePercent: z.number().nonnegative().max(100),
  }),
});
export type RechargeOptions = z.infer<typeof rechargeOptionsSchema>;

export const receiptViewSchema = z.object({
  id: z.string().min(1),
  kind: activityKindSchema,
  issuedAt: timestamp,
  coins: z.number().int(),
  description: z.string(),
  payment: z
    .object({
      currency: currencyCode,
      subtotalMinor: minorUnitsSchema,
      taxMinor: minorUnitsSchema,
      totalMinor: minorUnitsSchema,
      taxLabel: z.string(),
      paymentId: z.string(),
      providerRef: z.string(),
      testMode: z.boolean(),
    })
    .nullable(),
});
export type ReceiptView = z.infer<typeof receiptViewSchema>;
