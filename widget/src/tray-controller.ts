import { DEFAULT_GIFT_CATALOG } from '../../core/gift-catalog';
import type { Gift } from '../../core/gift-schema';
import type { ApprovalAnswerPush, WalletPort } from '../../core/ports/wallet-port';
import { withRetries } from '../../core/retry/retry-policy';
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
import type { ServerSession, ServerSessionModule, StreamView } from './server-mode/server-session';
import type { ExtensionSeam, WalletChoice as AnnouncedWallet } from './wallet/extension-wallet';
import { pickWallet, type WalletSource } from './wallet/wallet-source';

/** Where the tray's wallet comes from: one of the page's, or the site's gift server. */
export type TraySource = WalletSource | 'server';

export interface TrayChoice {
  source: TraySource;
  wallet: WalletPort;
}

export interface TrayConfig {
  creator: string;
  stream: string;
  catalogUrl: string | null;
  /** The site's gift server: when set, it alone pays, prices the gifts and feeds the goal and top gifters. */
  server?: string | null;
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
  source: TraySource | null;
  /** The viewer's wallet extension, when one announced itself: the tray offers it or names it. */
  extensionName: string | null;
  /** Several wallets announced themselves (a page can forge one): the viewer picks, the tray pays from none until then. */
  walletChoices: readonly AnnouncedWallet[];
  testMode: boolean;
  balance: number | null;
  quantity: number;
  combo: Combo | null;
  confirmation: PendingConfirmation | null;
  /** `answer`: a parent answered the approval request (Ask to Buy); 'approved' means the next tap sends it. */
  limit: { kind: LimitKind; approvalId?: string; answer?: ApprovalAnswerPush['state'] } | null;
  note: TrayNote | null;
  /** Coins given in this stream, by this viewer and others: the goal's progress. */
  collected: number;
  leaderboard: Leaderboard;
  /** The gift server's goal for this stream; without one (or without a server) the `goal` attribute's. */
  streamGoal?: number | null;
  /** The gift server's feed is unreachable; the tray reconnects by itself. */
  offline?: boolean;
}

/** What the controller needs from its surroundings; tests pass fakes. */
export interface TrayDependencies {
  emit: <K extends keyof GiftTrayEventMap>(type: K, detail: GiftTrayEventMap[K]['detail']) => void;
  loadPageWallet: (catalog: () => readonly Gift[]) => Promise<WalletPort>;
  findExtensionWallet: () => Promise<WalletPort | null>;
  /** Connecting to and watching the viewer's wallet extension; absent in tests that need none. */
  extension?: Pick<ExtensionSeam, 'name' | 'connect' | 'watch'> & Partial<Pick<ExtensionSeam, 'choices' | 'choose'>>;
  loadSchemas: () => Promise<typeof import('./catalog/tray-schemas')>;
  /** The gift server's client (HTTP wallet, catalog, stream feed): a lazy chunk, loaded only with `server` set. */
  loadServer?: () => Promise<ServerSessionModule>;
  /** The viewer's token for the gift server (the element's `getToken` or `token`). */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  newKey: () => string;
  now: () => number;
  warn: (message: string, detail?: unknown) => void;
}

/** A failure without a code is the transport (a backend or extension that did not answer): retry with the same key. */
const isTransportFailure = (error: unknown) => !(error && typeof error === 'object' && 'code' in error);

/**
 * The tray's behaviour without any DOM: wallet choice, sends in tap order, combos, confirmation,
 * limits, goal and leaderboard. The element feeds it attributes; the view renders its state.
 */
export class TrayController {
  state: TrayState;
  private readonly listeners = new Set<() => void>();
  private choice: Promise<TrayChoice> | undefined;
  private generation = 0;
  private custom: WalletPort | null = null;
  /** The adopted wallet: only its answers may change the shown balance. */
  private current: WalletPort | null = null;
  private stopListening: (() => void) | undefined;
  private stopAnswers: (() => void) | undefined;
  /**
   * The gift waiting for a parent (Ask to Buy) and the key it was asked with: tapping the same gift again
   * reuses the key, so it never raises a second request, and once approved that tap sends it, once.
   */
  private asked: { giftId: string; count: number; key: string; approvalId: string } | null = null;
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
  private session: Promise<ServerSession> | undefined;

  constructor(
    private readonly deps: TrayDependencies,
    config: TrayConfig,
  ) {
    this.state = {
      config,
      catalog: config.catalogUrl || config.server ? null : DEFAULT_GIFT_CATALOG,
      catalogFailed: false,
      source: null,
      extensionName: null,
      walletChoices: [],
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
    this.loadCatalogOf(config);
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
    const before = this.state.config;
    this.update({ config });
    if (config.server !== before.server || (config.server && config.stream !== before.stream)) {
      this.closeSession();
      this.chooseAgain();
    } else if (config.server || config.catalogUrl === before.catalogUrl) return;
    this.loadCatalogOf(config);
  }

  private loadCatalogOf({ server, catalogUrl }: TrayConfig): void {
    if (server) this.catalogReady = this.loadCatalog(server, async () => (await this.openSession()).catalog);
    else if (catalogUrl) this.catalogReady = this.loadCatalog(catalogUrl, async () => (await this.loadSchemaModule()).loadCatalog(catalogUrl));
    else this.update({ catalog: DEFAULT_GIFT_CATALOG, catalogFailed: false });
  }

  private loadSchemaModule() {
    this.schemas ??= this.deps.loadSchemas();
    return this.schemas;
  }

  private async loadCatalog(url: string, load: () => Promise<CatalogResult>): Promise<void> {
    this.update({ catalog: null, catalogFailed: false });
    let result: CatalogResult;
    try {
      result = await load();
    } catch (error) {
      result = { ok: false, reason: String(error) };
    }
    const { server, catalogUrl } = this.state.config;
    if ((server || catalogUrl) !== url) return; // a newer catalog was asked for meanwhile
    if (!result.ok) this.deps.warn(`gift-tray: the catalog at ${url} was refused (${result.reason}); using the default gifts.`);
    this.update(result.ok ? { catalog: result.gifts } : { catalog: DEFAULT_GIFT_CATALOG, catalogFailed: true });
  }

  // ---- gift server --------------------------------------------------------------------------------------

  /** The gift server's session for this stream: opened once, on the first need (catalog, wallet). */
  private openSession(): Promise<ServerSession> {
    this.session ??= this.deps.loadServer!().then((module) =>
      module.openServerSession(this.state.config, this.deps, (view: StreamView) => this.update(view)),
    );
    const opened = this.session;
    // A chunk that did not load (offline) is tried again on the next need.
    opened.catch(() => this.session === opened && (this.session = undefined));
    return opened;
  }

  /** The session's feed stops, and it takes its goal, gifters and offline flag with it. */
  private closeSession(): void {
    void this.session?.then((session) => session.close(), () => undefined);
    this.session = undefined;
  }

  /** The site signed another viewer in (or refreshed the token): show that account's balance. */
  tokenChanged(): void {
    if (!this.current) return;
    this.update({ balance: null }); // never the previous viewer's coins
    void this.refreshBalance(this.current);
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
  ensureWallet(): Promise<TrayChoice> {
    // A wallet extension that announces itself (or a site it disconnects) makes the tray choose again.
    const extension = this.deps.extension;
    if (extension && !this.stopWatching) {
      const showAnnounced = () => this.update({ extensionName: extension.name(), walletChoices: extension.choices?.() ?? [] });
      this.stopWatching = extension.watch(() => {
        showAnnounced();
        if (!this.custom) this.chooseAgain();
      });
      // Wallets that announced before the tray started watching are shown too.
      if (extension.name() !== null || (extension.choices?.().length ?? 0) > 0) showAnnounced();
    }
    if (!this.choice) {
      const generation = ++this.generation;
      // With a gift server, its account alone pays: never the site's, the extension's or the page's wallet.
      const choice: Promise<TrayChoice> = this.state.config.server
        ? this.openSession().then(({ wallet }) => ({ source: 'server', wallet }))
        : pickWallet({
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

  /** The viewer picked one of several announced wallets; connecting it asks in that wallet's own window. */
  async chooseExtension(id: string): Promise<void> {
    this.deps.extension?.choose?.(id);
    await this.useExtension();
  }

  private adopt({ source, wallet }: TrayChoice): void {
    this.current = wallet;
    this.stopListening?.();
    this.stopListening = wallet.onBalanceChange?.((balance) => this.showBalance(balance));
    this.stopAnswers?.();
    this.stopAnswers = wallet.onApprovalAnswer?.((answer) => this.approvalAnswered(answer));
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
    const key = this.asked?.giftId === gift.id && this.asked.count === count ? this.asked.key : this.deps.newKey();
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
      const receipt = await withRetries(
        () => wallet.sendGift({ giftId: gift.id, count, creator, stream, idempotencyKey, maxCoins: gift.coins * count }),
        isTransportFailure,
      );
      if (this.asked?.key === idempotencyKey) this.asked = null;
      this.update({
        combo: nextCombo(this.state.combo, gift.id, tappedAt),
        note: { kind: 'sent', gift: gift.name, count, coins: receipt.coins },
        limit: null,
        // A multi-gift is a deliberate one-off: the next tap sends one again.
        ...(count > 1 && count === this.state.quantity ? { quantity: 1 } : {}),
        // With a gift server, the stream's feed brings this gift back to every tray, this one included.
        ...(this.state.config.server
          ? {}
          : { collected: this.state.collected + receipt.coins, leaderboard: addToLeaderboard(this.state.leaderboard, SELF, receipt.coins) }),
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
      if (refusal.approvalId && refusal.limit === 'parental') this.asked = { giftId: gift.id, count, key: idempotencyKey, approvalId: refusal.approvalId };
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
      const entry = await withRetries(() => wallet.recharge({ packId: SHORTCUT_PACK.packId, idempotencyKey: key }), isTransportFailure);
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

  /** A parent answered: the banner says so; after a yes the next tap on that gift sends it with its key. */
  private approvalAnswered(answer: ApprovalAnswerPush): void {
    const asked = this.asked;
    if (!asked || asked.key !== answer.idempotencyKey) return;
    if (answer.state !== 'approved') this.asked = null;
    this.update({ limit: { kind: 'parental', approvalId: asked.approvalId, answer: answer.state }, note: null });
  }

  /** A gift from another viewer (the site's realtime feed): counts toward the goal and the top gifters. */
  addGiftEvent(input: unknown): Promise<void> {
    return this.loadSchemaModule().then(({ parseGiftEvent }) => {
      const event: GiftEvent | null = parseGiftEvent(input);
      if (!event) {
        this.deps.warn('gift-tray: ignored a gift event that is not { from, coins, … }', input);
        return;
      }
      // With a gift server its feed is the only source: a page's own events would count gifts twice.
      if (this.state.config.server || (event.stream !== undefined && event.stream !== this.state.config.stream)) return;
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
    this.closeSession();
    this.stopListening?.();
    this.stopListening = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.choice = undefined;
    this.current = null;
    this.generation++;
  }
}
