import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import type { Gift } from '@core';
import type { ApprovalAnswerPush, WalletPort } from '@core/ports';
import type { GiftEntry } from '@core';
import type { CatalogResult } from './catalog/tray-schemas';
import type { Locale } from './i18n/messages';
import type { Combo } from './logic/combo';
import { EMPTY_LEADERBOARD, type Leaderboard } from './logic/leaderboard';
import { parseQuantity } from './logic/quantity';
import type { LimitKind, Refusal } from './logic/refusal';
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
  /** The viewer's wallet extension opened its own recharge window. */
  | { kind: 'recharge-opened'; wallet: string }
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
  current: WalletPort | null = null;
  private stopListening: (() => void) | undefined;
  private stopAnswers: (() => void) | undefined;
  /**
   * The gift waiting for a parent (Ask to Buy) and the key it was asked with: tapping the same gift again
   * reuses the key, so it never raises a second request, and once approved that tap sends it, once.
   */
  asked: { giftId: string; count: number; key: string; approvalId: string } | null = null;
  private stopWatching: (() => void) | undefined;
  /** The next balance is reported even if unchanged: `wallet-change` also says where it comes from. */
  private sourceChanged = false;
  queue: Promise<unknown> = Promise.resolve();
  private answerConfirmation: ((confirmed: boolean) => void) | undefined;
  private schemas: ReturnType<TrayDependencies['loadSchemas']> | undefined;
  readonly seenEvents = new Set<string>();
  comboTimer: ReturnType<typeof setTimeout> | undefined;
  private actionsModule: Promise<typeof import('./tray-actions')> | undefined;
  /** Settles when the catalog in use is known, so send() never looks a gift up in a catalog still loading. */
  catalogReady: Promise<void> = Promise.resolve();
  private session: Promise<ServerSession> | undefined;

  constructor(
    readonly deps: TrayDependencies,
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

  /** Changes the state and tells the view (also used by the lazy `tray-actions`). */
  update(change: Partial<TrayState>): void {
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

  chooseAgain(): void {
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
    this.stopAnswers = wallet.onApprovalAnswer?.((answer) => void this.actions().then((actions) => actions.approvalAnswered(this, answer)));
    this.sourceChanged = source !== this.state.source;
    this.update({ source, testMode: wallet.mode === 'test' });
    void this.refreshBalance(wallet);
  }

  async refreshBalance(wallet: WalletPort): Promise<void> {
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
    return (await this.actions()).sendGift(this, giftId, count, tappedAt);
  }

  // ---- confirmation -------------------------------------------------------------------------------------

  confirm(pending: PendingConfirmation): Promise<boolean> {
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
    await (await this.actions()).rechargeShortcut(this);
  }

  /** What runs once the viewer acts (send, recharge, a parent's answer): a lazy chunk, out of the first-load code. */
  private actions(): Promise<typeof import('./tray-actions')> {
    const loading = (this.actionsModule ??= import('./tray-actions'));
    // A chunk that did not load (offline) is tried again on the next tap.
    loading.catch(() => this.actionsModule === loading && (this.actionsModule = undefined));
    return loading;
  }

  dismissLimit(): void {
    this.update({ limit: null });
  }

  /** A gift from another viewer (the site's realtime feed): counts toward the goal and the top gifters. */
  addGiftEvent(input: unknown): Promise<void> {
    return Promise.all([this.loadSchemaModule(), this.actions()]).then(([{ parseGiftEvent }, actions]) =>
      actions.countGiftEvent(this, parseGiftEvent(input), input),
    );
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
