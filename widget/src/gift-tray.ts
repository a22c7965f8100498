import { h, render } from 'preact';
import type { WalletPort } from '@core/ports';
import type { GiftEntry } from '@core';
import type { GiftEventInput } from './gift-event';
import { pickLocale } from './i18n/locale';
import { loadMessages, MESSAGES } from './i18n/messages';
import { parseCoinsAttribute, parseConfirmAbove } from './logic/attributes';
import { TrayController, type TrayConfig } from './tray-controller';
import { emit } from './tray-events';
import trayCss from './tray.css?inline';
import { TrayView } from './view/TrayView';
import { extensionWallet } from './wallet/extension-wallet';
import { createPageWallet } from './wallet/page-wallet';
import { newIdempotencyKey } from './wallet/idempotency-key';

export type { GiftSentDetail, GiftFailedDetail, WalletChangeDetail, GiftTrayEventMap } from './tray-events';
export type { GiftEventInput } from './gift-event';
export type { WalletPort, WalletRefusal, GiftRequest, RechargeRequest } from '@core/ports';
export type { GiftEntry, RechargeEntry, WalletEntry } from '@core';
export { GiftTrayError } from './gift-tray-error';

/** The `getToken` callback: it returns (or resolves with) the viewer's token for the gift server, or nothing when signed out. */
export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

// Constructable stylesheets are not inline styles: the tray works under a strict CSP.
let sheet: CSSStyleSheet | undefined;
function traySheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(trayCss);
  }
  return sheet;
}

/**
 * A gift tray for live pages: a viewer sends gifts to the creator of the stream with coins from their wallet.
 *
 * @summary Send gifts on a live page.
 * @tag gift-tray
 *
 * @attr {string} creator - The creator's id; required.
 * @attr {string} stream - The live stream's id; required.
 * @attr {string} server - URL of the site's gift server: the tray pays from the viewer's account there (see `token`), shows its gifts and prices, and the stream's goal and top gifters from its live feed. Nothing else pays then.
 * @attr {string} catalog - URL of a JSON gift catalog (`{ "gifts": [...] }`); a bad one falls back to the default catalog with a notice.
 * @attr {string} locale - `en` or `es`; defaults to the page's language.
 * @attr {string} currency - ISO 4217 code used to show what the recharge shortcut is worth, when a price is known.
 * @attr {number} goal - Coins for a stream goal: shows a progress bar.
 * @attr {number} confirm-above - Gifts costing at least this many coins ask first (default 1000).
 * @attr {'light' | 'dark'} theme - Forces a colour theme; without it the tray follows `prefers-color-scheme`.
 * @attr {'sheet'} layout - `sheet`: a bottom sheet fixed over the page's foot (for phones, over the video).
 *
 * @fires {CustomEvent<GiftSentDetail>} gift-sent - A gift was paid: `{ giftId, giftName, count, coins, receiptId, creator, stream }`.
 * @fires {CustomEvent<GiftFailedDetail>} gift-failed - A gift was refused: `{ giftId, count, code, message }`.
 * @fires {CustomEvent<WalletChangeDetail>} wallet-change - The shown balance changed: `{ source, balance }`.
 *
 * @csspart tray - The whole tray.
 * @csspart header - The balance row.
 * @csspart balance - The balance.
 * @csspart low-balance - The low-balance flag.
 * @csspart test-mode - The TEST MODE badge.
 * @csspart offline - "Offline, reconnecting…": the gift server's feed is unreachable (with `server`).
 * @csspart wallet-source - "Paying from …": the viewer's extension wallet pays.
 * @csspart use-extension - "Pay with …": switches to the viewer's extension wallet (asks it to connect the site).
 * @csspart recharge - The recharge shortcut.
 * @csspart goal - The stream goal row.
 * @csspart goal-bar - The goal's progress bar.
 * @csspart quantity - The quantity picker.
 * @csspart combo - The combo counter (×2, ×3 …).
 * @csspart limit - The limit-reached banner.
 * @csspart notice - The bad-catalog notice.
 * @csspart gifts - The gift grid.
 * @csspart gift - Every gift button (also `gift-basic`, `gift-popular`, `gift-premium`, `gift-legendary`).
 * @csspart gift-icon - A gift's icon.
 * @csspart gift-name - A gift's name.
 * @csspart gift-price - A gift's price.
 * @csspart gift-tier - A gift's tier label.
 * @csspart status - The status line.
 * @csspart top-gifters - This stream's top gifters.
 * @csspart confirm - The confirmation dialog.
 * @csspart confirm-send - Its Send button.
 * @csspart confirm-cancel - Its Cancel button.
 *
 * @cssprop [--gift-tray-height=520px] - The tray's fixed height (reserve the same for `gift-tray:not(:defined)`).
 * @cssprop [--gift-tray-font=14px/1.4 system-ui, sans-serif] - The tray's font.
 * @cssprop [--gift-tray-color=#18181b] - Text colour. Every colour has a dark default too (see the README).
 * @cssprop [--gift-tray-muted=#52525b] - Secondary text colour.
 * @cssprop [--gift-tray-background=#fff] - Background.
 * @cssprop [--gift-tray-surface=#f4f4f5] - Background of gift buttons and panels.
 * @cssprop [--gift-tray-border=#d4d4d8] - Borders.
 * @cssprop [--gift-tray-accent=#c8102e] - Focus ring, primary button and goal bar.
 * @cssprop [--gift-tray-on-accent=#fff] - Text on the accent colour.
 * @cssprop [--gift-tray-warning=#9a3412] - Low balance and limit banners.
 * @cssprop [--gift-tray-warning-surface=#fff7ed] - Background of the limit and notice banners.
 * @cssprop [--gift-tray-test-mode=#92400e] - The TEST MODE badge.
 * @cssprop [--gift-tray-sheet-height=min(60vh, 520px)] - The bottom sheet's height (`layout="sheet"`).
 * @cssprop [--gift-tray-sheet-z-index=2147483000] - The bottom sheet's stacking order.
 * @cssprop [--gift-tray-radius=12px] - Corner radius.
 * @cssprop [--gift-tray-tier-basic=#52525b] - Basic tier colour.
 * @cssprop [--gift-tray-tier-popular=#0369a1] - Popular tier colour.
 * @cssprop [--gift-tray-tier-premium=#7e22ce] - Premium tier colour.
 * @cssprop [--gift-tray-tier-legendary=#854d0e] - Legendary tier colour.
 */
export class GiftTrayElement extends HTMLElement {
  static observedAttributes = ['creator', 'stream', 'server', 'catalog', 'locale', 'currency', 'goal', 'confirm-above'];

  #controller: TrayController;
  #rendered = false;
  #token: string | null = null;
  #getToken: TokenSource | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [traySheet()];
    this.#controller = new TrayController(
      {
        emit: (type, detail) => emit(this, type, detail),
        loadPageWallet: (catalog) => Promise.resolve(createPageWallet(catalog)),
        findExtensionWallet: extensionWallet.find,
        extension: extensionWallet,
        loadSchemas: () => import('./catalog/tray-schemas'),
        loadServer: () => import('./server-mode/server-session'),
        getToken: () => (this.#getToken ? this.#getToken() : this.#token),
        newKey: newIdempotencyKey,
        now: () => Date.now(),
        warn: (message, detail) => console.warn(message, detail ?? ''),
      },
      this.#config(),
    );
    // A page may set properties before this script ran: such own properties hide the setters, so replay them.
    for (const name of ['wallet', 'token', 'getToken'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const early: unknown = this[name];
        Reflect.deleteProperty(this, name);
        (this as Record<typeof name, unknown>)[name] = early;
      }
    }
  }

  connectedCallback(): void {
    this.#configure();
    if (!this.#rendered) {
      this.#rendered = true;
      // A Spanish tray first renders once its words have loaded: it never flashes English.
      void loadMessages(this.#config().locale)
        .catch(() => undefined)
        .then(() => this.#rendered && render(h(TrayView, { controller: this.#controller }), this.shadowRoot!));
    }
    // Cheap: the page wallet shows its balance from a plain IndexedDB read; Dexie and zod wait for the first send.
    void this.#controller.ensureWallet().catch(() => undefined);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#configure();
  }

  /** Applies the attributes; a locale whose words are still loading is applied once they are there. */
  #configure(): void {
    const config = this.#config();
    if (MESSAGES[config.locale]) this.#controller.configure(config);
    else void loadMessages(config.locale).then(() => this.isConnected && this.#controller.configure(this.#config()), () => this.#controller.configure(config));
  }

  disconnectedCallback(): void {
    render(null, this.shadowRoot!);
    this.#rendered = false;
    this.#controller.dispose();
  }

  #config(): TrayConfig {
    return {
      creator: this.getAttribute('creator') ?? 'unknown-creator',
      stream: this.getAttribute('stream') ?? 'unknown-stream',
      catalogUrl: this.getAttribute('catalog'),
      server: this.getAttribute('server'),
      locale: pickLocale(this.getAttribute('locale') ?? document.documentElement.lang),
      currency: this.getAttribute('currency')?.toUpperCase() ?? null,
      goal: parseCoinsAttribute(this.getAttribute('goal')),
      confirmAbove: parseConfirmAbove(this.getAttribute('confirm-above')),
    };
  }

  /**
   * The viewer's balance in coins, or null while it is not known yet.
   * @readonly
   */
  get balance(): number | null {
    return this.#controller.state.balance;
  }

  /** A site's own wallet (anything implementing the core's WalletPort); it wins over the extension's and the page's. */
  get wallet(): WalletPort | null {
    return this.#controller.wallet;
  }

  set wallet(wallet: WalletPort | null) {
    this.#controller.setCustomWallet(wallet);
  }

  /**
   * The viewer's token for the gift server (`Authorization: Bearer …`): a JWT your site's login signs.
   * Setting it (another viewer signed in) shows that account's balance. `null` signs the viewer out.
   */
  get token(): string | null {
    return this.#token;
  }

  set token(token: string | null) {
    this.#token = token;
    this.#controller.tokenChanged();
  }

  /** Called before every request to the gift server for a fresh token (wins over `token`): the way to refresh one. */
  get getToken(): TokenSource | null {
    return this.#getToken;
  }

  set getToken(source: TokenSource | null) {
    this.#getToken = source;
    this.#controller.tokenChanged();
  }

  /**
   * Sends `count` of a gift, as a tap would (with the confirmation at or above `confirm-above`).
   * Resolves with the receipt; rejects with a `GiftTrayError` carrying the wallet's code, or 'cancelled'.
   */
  send(giftId: string, count = 1): Promise<GiftEntry> {
    return this.#controller.send(giftId, count);
  }

  /** A gift from another viewer (from the site's realtime feed): counts toward the goal and the top gifters. */
  addGiftEvent(event: GiftEventInput): void {
    void this.#controller.addGiftEvent(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gift-tray': GiftTrayElement;
  }
}

// Two script tags (or two copies of the widget) on one page must not throw.
if (!customElements.get('gift-tray')) customElements.define('gift-tray', GiftTrayElement);
