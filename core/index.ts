// The public API of the LiveGift core: pure logic and ports, no DOM, no extension APIs.
export { coinsSchema, positiveCoinsSchema, minorUnitsSchema, type Coins, type MinorUnits } from './money';
export { COIN_PACKS, coinPackSchema, findCoinPack, type CoinPack } from './coin-packs';
export { DEFAULT_GIFT_CATALOG, findGift } from './gift-catalog';
export { giftSchema, giftCatalogSchema, giftTierSchema, type Gift, type GiftCatalog, type GiftTier } from './gift-schema';
export {
  walletEntrySchema,
  rechargeEntrySchema,
  giftEntrySchema,
  idempotencyKeySchema,
  type WalletEntry,
  type RechargeEntry,
  type GiftEntry,
} from './wallet-entry';
export { WalletError, isWalletError, type WalletErrorCode } from './wallet-error';
export { SandboxWallet, QUICK_RECHARGE_INSTRUMENT, QUICK_RECHARGE_REGION } from './wallet/sandbox-wallet';
export type { WalletPort, WalletRefusal, RechargeRequest, GiftRequest } from './ports/wallet-port';
export { systemClock, type Clock } from './ports/clock';
export { MemoryWalletStore } from './storage/memory-wallet-store';

// ---- core-payments: limits, recharge, pricing, payments (branch core-payments) ----
export { epochMsSchema, type EpochMs } from './epoch-ms';
export { IllegalTransitionError, isIllegalTransitionError } from './illegal-transition-error';
export { limitPolicySchema, limitNameSchema, NO_LIMITS, type LimitPolicy, type LimitName } from './limits/limit-policy';
export {
  evaluateLimits,
  limitActionSchema,
  limitUsageSchema,
  limitCheckSchema,
  limitDecisionSchema,
  type LimitAction,
  type LimitUsage,
  type LimitCheck,
  type LimitDecision,
} from './limits/evaluate-limits';
export { budgetStatus, usedPercent, BUDGET_WARN_PERCENT, type BudgetStatus } from './limits/budget-status';
export {
  approvalRequestSchema,
  approvalStateSchema,
  requestApproval,
  approve,
  decline,
  expireIfDue,
  APPROVAL_TTL_MS,
  type ApprovalRequest,
  type ApprovalRequestInput,
  type ApprovalState,
} from './limits/approval-request';
export { approvalBindingSchema, isSameApprovedRequest, type ApprovalBinding } from './limits/approval-binding';
export { callerKeySchema } from './derived-keys';
export { dayWindow, monthWindow, timeZoneSchema, timeWindowSchema, isValidTimeZone, type TimeWindow } from './limits/time-windows';
export type {
  PaymentProvider,
  PaymentInstrument,
  PaymentFailureReason,
  ChargeRequest,
  ChargeOutcome,
} from './ports/payment-provider';
export { paymentFailureReasonSchema } from './payments/payment-failure-reason';
export {
  paymentMethodIdSchema,
  paymentMethodSchema,
  PAYMENT_METHODS,
  type PaymentMethodId,
  type PaymentMethod,
} from './payments/payment-method';
export {
  REGIONS,
  regionSchema,
  CURRENCIES,
  currencySchema,
  isRegion,
  type Region,
  type Currency,
} from './pricing/regions';
export { rechargeQuoteSchema, type RechargeQuote } from './pricing/recharge-quote';
export { formatMinorUnits } from './pricing/format-money';
export {
  rechargeRecordSchema,
  rechargeStateSchema,
  instrumentSummarySchema,
  type RechargeRecord,
  type RechargeState,
  type InstrumentSummary,
} from './recharge/recharge-record';
export {
  createRecharge,
  markPending,
  markSettled,
  markFailed,
  canMoveRecharge,
  isFinalRechargeState,
  type CreateRechargeInput,
} from './recharge/recharge-transitions';
export { pendingDuplicateOf, pendingDuplicateMessage } from './recharge/pending-duplicate';
export {
  priceListSchema,
  priceBookSchema,
  taxRuleSchema,
  CUSTOM_COINS_MIN,
  CUSTOM_COINS_MAX,
  type PriceList,
  type PriceBook,
  type TaxRule,
} from './pricing/price-list';
// Tax labels as codes the extension translates (branch scam-i18n).
export { taxLabelCodeSchema, type TaxLabelCode } from './pricing/price-list';
export { PRICE_BOOK } from './pricing/price-book-2026-11';
export {
  quoteRecharge,
  priceListFor,
  applyTax,
  rechargeQuoteInputSchema,
  type RechargeQuoteInput,
} from './pricing/quote-recharge';
export { compareChannels, channelComparisonSchema, COMPARISON_PACK_ID, type ChannelComparison } from './pricing/compare-channels';
export { paymentMethodsFor, offersPaymentMethod, PAYMENT_METHODS_BY_REGION } from './pricing/payment-methods-by-region';
export { divideRoundHalfUp } from './pricing/rounding';
export {
  SANDBOX_TEST_INSTRUMENTS,
  sandboxTestInstrumentSchema,
  sandboxOutcomeSchema,
  findSandboxInstrument,
  type SandboxTestInstrument,
  type SandboxOutcome,
} from './payments/sandbox-test-instruments';
export {
  SandboxPaymentProvider,
  PaymentIdReusedError,
  SANDBOX_SETTLEMENT_DELAY_MS,
  type SandboxPayment,
} from './payments/sandbox-payment-provider';
export { summarizeInstrument } from './payments/summarize-instrument';
// ---- end core-payments ----
// Scam-link protection (issue 5).
export { classifyUrl, type ClassifyLists } from './scam/classify-url';
export { scamVerdictSchema, urlClassificationSchema, isFlagged, type ScamVerdict, type UrlClassification } from './scam/scam-verdict';
export { scamReasonSchema, scamReasonCodeSchema, type ScamReason, type ScamReasonCode } from './scam/scam-reason';
export { scamRulesSchema, lurePatternSchema, type ScamRules, type LurePattern } from './scam/scam-rules-schema';
export { BUNDLED_SCAM_RULES } from './scam/bundled-scam-rules';
export { parseLink, type ParsedLink } from './scam/parse-link';
export { confusablesSkeleton } from './scam/skeleton';
export { compileLure, isLinearTimePattern, MAX_LURE_PATTERN_LENGTH, type LureMatcher } from './scam/lure-matcher';
export {
  acceptRulesUpdate,
  reportRulesUpdate,
  RULES_RESET_REPORT,
  MAX_VERSION_STEP,
  MAX_RULES_UPDATE_BYTES,
  rulesUpdateReportSchema,
  type RulesUpdateOutcome,
  type RulesUpdateRefusal,
  type RulesUpdateReport,
} from './scam/rules-update';
export { rechargePageWarning, pageSignalsSchema, type PageSignals } from './scam/page-check';
export {
  scamRequestSchema,
  scamResponseSchemas,
  linkFindingSchema,
  badgeWordsSchema,
  linkVerdictSchema,
  reasonMessageSchema,
  MAX_LINKS_PER_VERDICT_REQUEST,
  falseAlarmReportSchema,
  tabWarningsSchema,
  isScamMessage,
  MAX_FINDINGS_PER_TAB,
  type ScamRequest,
  type ScamResponse,
  type LinkFinding,
  type BadgeWords,
  type LinkVerdict,
  type ReasonMessage,
  type FalseAlarmReport,
  type TabWarnings,
} from './scam/scam-messages';

// ---- core-ledger: ledger, gifts and diamonds, history, storage, wallet service (branch core-ledger) ----
// The Dexie store is imported from './storage/dexie-wallet-store' directly, so pages that only need
// types and pure logic do not bundle IndexedDB code.
export {
  SYSTEM_ACCOUNTS,
  DEFAULT_VIEWER_ID,
  viewerAccount,
  creatorAccount,
  accountKind,
  unitOfAccount,
  unitSchema,
  partyIdSchema,
  type Unit,
  type AccountKind,
} from './ledger/accounts';
export {
  legSchema,
  transferRecordSchema,
  ledgerEntryRecordSchema,
  balanceRecordSchema,
  transferKindSchema,
  transferMemoSchema,
  type Leg,
  type TransferRecord,
  type LedgerEntryRecord,
  type BalanceRecord,
  type TransferKind,
  type TransferMemo,
} from './ledger/ledger-records';
export { postTransfer, postReversal, type TransferRequest, type ReversalRequest, type PostResult, type PostContext } from './ledger/post-transfer';
export { verifyLedger, type LedgerProblem, type LedgerProblemCode, type LedgerReport, type LedgerSnapshot } from './ledger/verify-ledger';
export {
  giftEconomySchema,
  DEFAULT_GIFT_ECONOMY,
  splitGiftDiamonds,
  giftTransferRequest,
  type GiftEconomy,
  type DiamondSplit,
} from './gifts/gift-economy';
export { cashOutPolicySchema, DEFAULT_CASH_OUT_POLICY, estimateCashOut, type CashOutPolicy, type CashOutEstimate } from './gifts/cash-out';
export {
  monthlySummaryRecordSchema,
  receiptRecordSchema,
  type MonthlySummaryRecord,
  type ReceiptRecord,
  type HistoryQuery,
} from './history/history-records';
export { csvField, toCsv } from './history/csv';
export { historyToCsv, HISTORY_CSV_HEADER } from './history/history-csv';
export { monthKeyOf, dayKeyOf, monthsBackFrom } from './history/month-key';
export { rebuildMonthlySummaries } from './history/monthly-summary';
export type { WalletStorage, WalletReadTx, WalletWriteTx, WalletRecords, HistoryPage } from './ports/wallet-storage';
export { walletBackupSchema, parseWalletBackup, type WalletBackup } from './storage/wallet-backup';
export {
  WalletService,
  type WalletServiceOptions,
  type RechargeInput,
  type RechargeResult,
  type GiftInput,
  type GiftResult,
  type HistoryInput,
} from './wallet/wallet-service';
// ---- end core-ledger ----

// --- Extension (issue 4): parents' PIN rules and the extension's message protocol ---
export {
  PIN_ATTEMPTS_BEFORE_LOCK,
  FIRST_LOCK_MS,
  LONGEST_LOCK_MS,
  INITIAL_PIN_LOCKOUT,
  pinLockoutStateSchema,
  lockoutStatus,
  lockDurationMs,
  recordWrongPin,
  recordRightPin,
  type PinLockoutState,
  type PinLockoutStatus,
} from './parental-pin/pin-lockout';
export { pinSchema, pinHashSchema, hashPin, verifyPin, PIN_HASH_ITERATIONS, type PinHash } from './parental-pin/pin-hash';

// --- Wallet bridge (issue 7): the protocol between web pages and a viewer's wallet extension ---
export { REQUEST_PROVIDER_EVENT, ANNOUNCE_PROVIDER_EVENT, PAGE_CHANNEL, OPEN_RECHARGE_METHOD } from './bridge/bridge-names';
export {
  providerInfoSchema,
  announceDetailSchema,
  parseAnnouncement,
  BRIDGE_METHODS,
  bridgeIdempotencyKeySchema,
  giftSendParamsSchema,
  bridgeRequestSchema,
  isBridgeMethod,
  connectResultSchema,
  balanceResultSchema,
  giftSendResultSchema,
  disconnectResultSchema,
  openRechargeResultSchema,
  bridgeReplySchema,
  BRIDGE_EVENTS,
  bridgeEventSchema,
  type ProviderInfo,
  type AnnounceDetail,
  type BridgeMethod,
  type GiftSendParams,
  type BridgeRequest,
  type ConnectResult,
  type BalanceResult,
  type GiftSendResult,
  type BridgeReply,
  type BridgeEventName,
  type BridgeEvent,
  approvalAnswerSchema,
  pageShownIdSchema,
  type ApprovalAnswer,
} from './bridge/bridge-protocol';
export { BRIDGE_ERROR, bridgeErrorSchema, bridgeError, bridgeCodeForWallet, type BridgeErrorCode, type BridgeError } from './bridge/bridge-errors';
export {
  pageToContentSchema,
  contentToBackgroundSchema,
  BRIDGE_MESSAGE_TYPE,
  BRIDGE_PUSH_TYPE,
  GESTURE_WINDOW_MS,
  type PageToContent,
  type ContentToPage,
  type ContentToBackground,
  type BackgroundPush,
} from './bridge/bridge-envelopes';
// --- end wallet bridge ---
