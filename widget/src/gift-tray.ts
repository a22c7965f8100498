import { h, render } from 'preact';
import type { WalletPort } from '../../core/ports/wallet-port';
import { GiftTray } from './GiftTray';
import trayCss from './tray.css?inline';

export type { GiftSentDetail, GiftFailedDetail, WalletChangeDetail, GiftTrayEventMap } from './tray-events';

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
 * `<gift-tray creator="…" stream="…">`: lets a viewer send gifts on a live page.
 *
 * @event gift-sent - a gift was paid; detail: GiftSentDetail
 * @event gift-failed - a gift was refused; detail: GiftFailedDetail
 * @event wallet-change - the shown balance changed; detail: WalletChangeDetail
 * @csspart tray - the whole tray
 * @csspart gift - each gift button
 * @cssproperty --gift-tray-background - the tray's background
 */
export class GiftTrayElement extends HTMLElement {
  static observedAttributes = ['creator', 'stream'];
  private walletPromise: Promise<WalletPort> | undefined;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [traySheet()];
  }

  connectedCallback(): void {
    this.renderTray();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.renderTray();
  }

  disconnectedCallback(): void {
    render(null, this.shadowRoot!);
  }

  private loadWallet = (): Promise<WalletPort> => {
    this.walletPromise ??= import('./in-page-wallet').then((module) => module.createInPageWallet());
    return this.walletPromise;
  };

  private renderTray(): void {
    render(
      h(GiftTray, {
        host: this,
        creator: this.getAttribute('creator') ?? 'unknown-creator',
        stream: this.getAttribute('stream') ?? 'unknown-stream',
        loadWallet: this.loadWallet,
      }),
      this.shadowRoot!,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gift-tray': GiftTrayElement;
  }
}

// Two script tags on one page must not throw.
if (!customElements.get('gift-tray')) customElements.define('gift-tray', GiftTrayElement);
