// The public API of the LiveGift core: pure logic and ports, no DOM, no extension APIs.
export { coinsSchema, positiveCoinsSchema, minorUnitsSchema, type Coins, type MinorUnits } from './money';
export { COIN_PACKS, coinPackSchema, findCoinPack, type CoinPack } from './coin-packs';
export { DEFAULT_GIFT_CATALOG, findGift } from './gift-catalog';
export { giftSchema, type Gift } from './gift-schema';
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
export { Wallet } from './wallet';
export type { WalletPort, RechargeRequest, GiftRequest } from './ports/wallet-port';
export type { WalletStore, WalletStoreTransaction } from './ports/wallet-store';
export { systemClock, type Clock } from './ports/clock';
export { MemoryWalletStore } from './storage/memory-wallet-store';
export { walletRequestSchema, walletResponseSchema, type WalletRequest, type WalletResponse } from './wallet-messages';

// Scam-link protection (issue 5).
export { classifyUrl, type ClassifyLists } from './scam/classify-url';
export { scamVerdictSchema, urlClassificationSchema, isFlagged, type ScamVerdict, type UrlClassification } from './scam/scam-verdict';
export { scamRulesSchema, lurePatternSchema, type ScamRules, type LurePattern } from './scam/scam-rules-schema';
export { BUNDLED_SCAM_RULES } from './scam/bundled-scam-rules';
export { parseLink, type ParsedLink } from './scam/parse-link';
export { confusablesSkeleton } from './scam/skeleton';
export { acceptRulesUpdate, type RulesUpdateOutcome } from './scam/rules-update';
export { rechargePageWarning, pageSignalsSchema, type PageSignals } from './scam/page-check';
export {
  scamRequestSchema,
  scamResponseSchemas,
  linkFindingSchema,
  falseAlarmReportSchema,
  tabWarningsSchema,
  isScamMessage,
  MAX_FINDINGS_PER_TAB,
  type ScamRequest,
  type ScamResponse,
  type LinkFinding,
  type FalseAlarmReport,
  type TabWarnings,
} from './scam/scam-messages';
