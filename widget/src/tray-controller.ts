import { DEFAULT_GIFT_CATALOG } from '../../core/gift-catalog';
import type { Gift } from '../../core/gift-schema';
import type { WalletPort } from '../../core/ports/wallet-port';
import type { GiftEntry } from '../../core/wallet-entry';
import type { CatalogResult, GiftEvent } from './catalog/tray-schemas';
import { GiftTrayError } from './gift-tray-error';
import type { Locale } from './i18n/messages';
import { needsConfirmation } from './logic/attributes';
import { COMBO_WINDOW_MS, nextCombo, type Combo } from './logic/combo';
import { addToLeaderboard, EMPTY_LEADERBOARD, SELF, type Leaderboard } from './logic/leaderboard';
import { parseQuantity } from './logic/quantity';
import { readRefusal, type LimitKind, type Refusal } from './logic/refusal';
import { SHORTCUT_PACK } from './logic/test-recharge';
import type { GiftTrayEventMap } from './tray-events';
import type { ExtensionSeam } from './wallet/extension-wallet';
import { pickWallet, type WalletChoice, type WalletSource } from './wallet/wallet-source';

export interface TrayConfig {
  creator: string;
  stream: string;
  catalogUrl: string | null;
  locale: Locale;
  currency: string | null;
  goal: number | null;
  confirmAbove: number;
}

/** The last thing that happened, for the status line (worded by the view in the tray's language). */
export type TrayNote =
  | { kind: 'sent'; gift: string; count: number; coins: number }
  | { kind: 'recharged'; coins: number }
  | { kind: 'failed'; refusal: Refusal };

export interface PendingConfirmation {
  gift: Gift;
  count: number;
  cost: number;
}

export interface TrayState {
  config: TrayConfig;
  /** null while a catalog URL is loading. */
  catalog: readonly Gift[] | null;
  catalogFailed: boolean;
  source: WalletSource | null;
  /** The viewer's wallet extension, when one announced itself: the tray offers it or names it. */
  extensionName: string | null;
  testMode: boolean;
  balance: number | null;
  quantity: number;
  combo: Combo | null;
  confirmation: PendingConfirmation | null;
  limit: { kind: LimitKind; approvalId?: string } | null;
  note: TrayNote | null;
  /** Coins given in this stream, by this viewer and others: the goal's progress. */
  collected: number;
  leaderboard: Leaderboard;
}

/** What the controller needs from its surroundings; tests pass fakes. */
export interface TrayDependencies {
  emit: <K extends keyof GiftTrayEventMap>(type: K, detail: GiftTrayEventMap[K]['detail']) => void;
  loadPageWallet: (catalog: () => readonly Gift[]) => Promise<WalletPort>;
  findExtensionWallet: () => Promise<WalletPort | null>;
  /** Connecting to and watching the viewer's wallet extension; absent in tests that need none. */
  extension?: Pick<ExtensionSeam, 'name' | 'connect' | 'watch'>;
  loadSchemas: () => Promise<typeof import('./catalog/tray-schemas')>;
  newKey: () => string;
  now: () => number;
  warn: (message: string, detail?: unknown) => void;
}

/** A failure without a code is the transport (a backend or extension that did not answer): retry with the same key. */
const ATTEMPTS = 3;

/**
 * The tray's behaviour without any DOM: wallet choice, sends in tap order, combos, confirmation,
 * limits, goal and leaderboard. The element feeds it attributes; the view renders its state.
 */
export class TrayController {
  state: TrayState;
  private readonly listeners = new Set<() => void>();
  private choice: Promise<WalletChoice> | undefined;
  private generation = 0;
  private custom: WalletPort | null = null;
  /** The adopted wallet: only its answers may change the shown balance. */
  private current: WalletPort | null = null;
  private stopListening: (() => void) | undefined;
  private stopWatching: (() => void) | undefined;
  /** The next balance is reported even if unchanged: `wallet-change` also says where it comes from. */
  private sourceChanged = false;
  private queue: Promise<unknown> = Promise.resolve();
  private answerConfirmation: ((confirmed: boolean) => void) | undefined;
  private schemas: ReturnType<TrayDependencies['loadSchemas']> | undefined;
  private readonly seenEvents = new Set<string>();
  private comboTimer: ReturnType<typeof setTimeout> | undefined;
  /** Settles when the catalog in use is known, so send() never looks a gift up in a catalog still loading. */
  private catalogReady: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: TrayDependencies,
    config: TrayConfig,
  ) {
    this.state = {
      config,
      catalog: config.catalogUrl ? null : DEFAULT_GIFT_CATALOG,
      catalogFailed: false,
      source: null,
      extensionName: null,
      // The default wallet is the in-page test wallet: saying so from the start keeps the layout still.
      testMode: true,
      balance: null,
      quantity: 1,
      combo: null,
      confirmation: null,
      limit: null,
      note: null,
      collected: 0,
      leaderboard: EMPTY_LEADERBOARD,
    };
    if (config.catalogUrl) this.catalogReady = this.loadCatalog(config.catalogUrl);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<TrayState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  get gifts(): readonly Gift[] {
    return this.state.catalog ?? DEFAULT_GIFT_CATALOG;
  }

  configure(config: TrayConfig): void {
    const catalogChanged = config.catalogUrl !== this.state.config.catalogUrl;
    this.update({ config });
    if (!catalogChanged) return;
    if (config.catalogUrl) this.catalogReady = this.loadCatalog(config.catalogUrl);
    else this.update({ catalog: DEFAULT_GIFT_CATALOG, catalogFailed: false });
  }

  private loadSchemaModule() {
    this.schemas ??= this.deps.loadSchemas();
    return this.schemas;
  }

  private async loadCatalog(url: string): Promise<void> {
    this.update({ catalog: null, catalogFailed: false });
    let result: CatalogResult;
    try {
      result = await (await this.loadSchemaModule()).loadCatalog(url);
    } catch (error) {
      result = { ok: false, reason: String(error) };
    }
    if (this.state.config.catalogUrl !== url) return; // a newer catalog was asked for meanwhile
    if (!result.ok) this.deps.warn(`gift-tray: the catalog at ${url} was refused (${result.reason}); using the default gifts.`);
    this.update(result.ok ? { catalog: result.gifts } : { catalog: DEFAULT_GIFT_CATALOG, catalogFailed: true });
  }

  // ---- wallet -------------------------------------------------------------------------------------------

  get wallet(): WalletPort | null {
    return this.custom;
  }

  /** A site's own wallet wins over the extension's and the page's; null goes back to those. */
  setCustomWallet(wallet: WalletPort | null): void {
    this.custom = wallet;
    this.choice = undefined;
    this.current = null;
    this.stopListening?.();
    this.stopListening = undefined;
    this.update({ balance: null, source: null, testMode: wallet ? wallet.mode === 'test' : true });
    void this.ensureWallet().catch(() => undefined);
  }

  /** Picks the wallet once; the element calls it on connect (the page wallet is light until the first send). */
  ensureWallet(): Promise<WalletChoice> {
    // A wallet extension that announces itself (or a site it disconnects) makes the tray choose again.
    this.stopWatching ??= this.deps.extension?.watch(() => {
      this.update({ extensionName: this.deps.extension!.name() });
      if (!this.custom) this.chooseAgain();
    });
    if (!this.choice) {
      const generation = ++this.generation;
      const choice = pickWallet({
        custom: this.custom,
        extension: this.deps.findExtensionWallet,
        page: () => this.deps.loadPageWallet(() => this.gifts),
      });
      this.choice = choice;
      choice.then(
        (picked) => {
          if (generation === this.generation) this.adopt(picked);
        },
        () => {
          // Loading failed (offline chunk, storage blocked): forget it so the next tap tries again.
          if (generation === this.generation) this.choice = undefined;
        },
      );
    }
    return this.choice;
  }

  private chooseAgain(): void {
    this.choice = undefined;
    void this.ensureWallet().catch(() => undefined);
  }

  /** The viewer asked to pay from their wallet extension: it asks them to connect this site, in its own window. */
  async useExtension(): Promise<void> {
    if (await this.deps.extension?.connect()) this.chooseAgain();
  }

  private adopt({ source, wallet }: WalletChoice): void {
    this.current = wallet;
    this.stopListening?.();
    this.stopListening = wallet.onBalanceChange?.((balance) => this.showBalance(balance));
    this.sourceChanged = source !== this.state.source;
    this.update({ source, testMode: wallet.mode === 'test' });
    void this.refreshBalance(wallet);
  }

  private async refreshBalance(wallet: WalletPort): Promise<void> {
    try {
      const balance = await wallet.balance();
      // A wallet replaced meanwhile (a site set its own) must not overwrite the new one's balance.
      if (wallet === this.current) this.showBalance(balance);
    } catch (error) {
      this.deps.warn('gift-tray: the wallet did not report a balance', error);
    }
  }

  private showBalance(balance: number): void {
    if (balance === this.state.balance && !this.sourceChanged) return;
    this.sourceChanged = false;
    this.update({ balance });
    this.deps.emit('wallet-change', { source: this.state.source ?? 'page', balance });
  }

  // ---- gifts --------------------------------------------------------------------------------------------

  setQuantity(value: unknown): void {
    this.update({ quantity: parseQuantity(value) });
  }

  /** A tap on a gift button: sends the picked quantity; the outcome shows in the tray, so nothing is rethrown. */
  tap(giftId: string): void {
    this.send(giftId, this.state.quantity).catch(() => undefined);
  }

  /**
   * Sends `count` of a gift. Asks first at or above `confirm-above`. Taps are sent one after another in
   * tap order, each with its own idempotency key, retried with that same key when the wallet did not answer.
   */
  async send(giftId: string, count = 1): Promise<GiftEntry> {
    const tappedAt = this.deps.now();
    if (this.state.catalog === null) await this.catalogReady;
    const gift = this.gifts.find((candidate) => candidate.id === giftId);
    if (!gift || !Number.isSafeInteger(count) || count < 1 || count > 9999) {
      const refusal = gift
        ? { code: 'invalid-request', message: `A gift count is a whole number from 1 to 9999, not ${String(count)}.` }
        : { code: 'unknown-gift', message: `There is no gift "${giftId}" in this tray's catalog.` };
      return this.fail(giftId, count, { ...refusal, limit: null });
    }
    const cost = gift.coins * count;
    // Never ask to confirm what the shown balance cannot pay: say so at once and point at the recharge.
    const { balance } = this.state;
    if (balance !== null && cost > balance) {
      return this.fail(gift.id, count, {
        code: 'insufficient-coins',
        message: `${gift.name} ×${count} costs ${cost} coins; you have ${balance}.`,
        limit: null,
      });
    }
    if (needsConfirmation(cost, this.state.config.confirmAbove) && !(await this.confirm({ gift, count, cost }))) {
      throw new GiftTrayError('cancelled', 'The viewer cancelled the gift.');
    }
    const key = this.deps.newKey();
    const run = this.queue.then(() => this.deliver(gift, count, key, tappedAt));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async deliver(gift: Gift, count: number, idempotencyKey: string, tappedAt: number): Promise<GiftEntry> {
    const { creator, stream } = this.state.config;
    let wallet: WalletPort;
    try {
      ({ wallet } = await this.ensureWallet());
    } catch (error) {
      return this.fail(gift.id, count, readRefusal(error));
    }
    try {
      const receipt = await this.withRetries(() =>
        wallet.sendGift({ giftId: gift.id, count, creator, stream, idempotencyKey }),
      );
      this.update({
        combo: nextCombo(this.state.combo, gift.id, tappedAt),
        note: { kind: 'sent', gift: gift.name, count, coins: receipt.coins },
        limit: null,
        // A multi-gift is a deliberate one-off: the next tap sends one again.
        ...(count > 1 && count === this.state.quantity ? { quantity: 1 } : {}),
        collected: this.state.collected + receipt.coins,
        leaderboard: addToLeaderboard(this.state.leaderboard, SELF, receipt.coins),
      });
      this.endComboLater();
      this.deps.emit('gift-sent', {
        giftId: gift.id,
        giftName: gift.name,
        count,
        coins: receipt.coins,
        receiptId: receipt.idempotencyKey,
        creator,
        stream,
      });
      if (!wallet.onBalanceChange) await this.refreshBalance(wallet);
      return receipt;
    } catch (error) {
      const refusal = readRefusal(error);
      // The extension was removed or the site disconnected: the next tap pays from the page's wallet.
      if (wallet === this.current && (refusal.code === 'not-connected' || refusal.code === 'wallet-unavailable') && this.state.source === 'extension') {
        this.chooseAgain();
      } else await this.refreshBalance(wallet);
      return this.fail(gift.id, count, refusal);
    }
  }

  private fail(giftId: string, count: number, refusal: Refusal): never {
    this.update({
      combo: null,
      note: { kind: 'failed', refusal },
      limit: refusal.limit ? { kind: refusal.limit, ...(refusal.approvalId ? { approvalId: refusal.approvalId } : {}) } : this.state.limit,
    });
    this.deps.emit('gift-failed', { giftId, count, code: refusal.code, message: refusal.message });
    throw new GiftTrayError(refusal.code, refusal.message, refusal.approvalId);
  }

  private async withRetries<T>(operation: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await operation();
      } catch (error) {
        const transient = !(error && typeof error === 'object' && 'code' in error);
        if (!transient || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private endComboLater(): void {
    clearTimeout(this.comboTimer);
    this.comboTimer = setTimeout(() => this.update({ combo: null }), COMBO_WINDOW_MS);
  }

  // ---- confirmation -------------------------------------------------------------------------------------

  private confirm(pending: PendingConfirmation): Promise<boolean> {
    this.answerConfirmation?.(false); // one question at a time: a newer gift replaces the open one
    return new Promise((resolve) => {
      this.answerConfirmation = resolve;
      this.update({ confirmation: pending });
    });
  }

  answer(confirmed: boolean): void {
    const resolve = this.answerConfirmation;
    this.answerConfirmation = undefined;
    this.update({ confirmation: null });
    resolve?.(confirmed);
  }

  // ---- recharge, limits, other viewers -----------------------------------------------------------------

  /** The recharge shortcut: in test mode it adds test coins; a live wallet runs its own checkout. */
  async recharge(): Promise<void> {
    let wallet: WalletPort;
    try {
      ({ wallet } = await this.ensureWallet());
      const key = this.deps.newKey();
      const entry = await this.withRetries(() => wallet.recharge({ packId: SHORTCUT_PACK.packId, idempotencyKey: key }));
      this.update({
        note: { kind: 'recharged', coins: entry.coins },
        limit: this.state.limit?.kind === 'recharges-locked' ? null : this.state.limit,
      });
      if (!wallet.onBalanceChange) await this.refreshBalance(wallet);
    } catch (error) {
      const refusal = readRefusal(error);
      this.update({
        note: { kind: 'failed', refusal },
        limit: refusal.limit ? { kind: refusal.limit } : this.state.limit,
      });
    }
  }

  dismissLimit(): void {
    this.update({ limit: null });
  }

  /** A gift from another viewer (the site's realtime feed): counts toward the goal and the top gifters. */
  addGiftEvent(input: unknown): Promise<void> {
    return this.loadSchemaModule().then(({ parseGiftEvent }) => {
      const event: GiftEvent | null = parseGiftEvent(input);
      if (!event) {
        this.deps.warn('gift-tray: ignored a gift event that is not { from, coins, … }', input);
        return;
      }
      if (event.stream !== undefined && event.stream !== this.state.config.stream) return;
      if (event.id !== undefined) {
        if (this.seenEvents.has(event.id)) return;
        this.seenEvents.add(event.id);
      }
      this.update({
        collected: this.state.collected + event.coins,
        leaderboard: addToLeaderboard(this.state.leaderboard, event.from, event.coins),
      });
    });
  }

  /** Detached from the page: stop listening; a later reconnection picks the wallet again. */
  dispose(): void {
    clearTimeout(this.comboTimer);
    this.stopListening?.();
    this.stopListening = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.choice = undefined;
    this.current = null;
    this.generation++;
  }
}
