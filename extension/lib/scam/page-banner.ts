import { i18n } from '#i18n';
import type { ReasonMessage } from '@core';
import { messageText } from './reason-message-text';
import { byViewer, createShadowHost, hostStyle } from './shadow-host';

const BANNER_CSS = `
  .banner { display: flex; gap: 1rem; align-items: center;
    padding: 0.6rem 1rem; background: #b3261e; color: #fff; font: 600 14px/1.4 system-ui, sans-serif; }
  p { margin: 0; flex: 1; }
  button { font: inherit; background: transparent; color: #fff; border: 1px solid #fff; border-radius: 6px; cursor: pointer; }
`;
const BANNER_HOST_STYLE = hostStyle({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', inset: '0 0 auto 0', 'z-index': '2147483646' });

let shown = false;

/** A banner across the top of a page that poses as a recharge or login page; the viewer can dismiss it. */
export function showPageBanner(warning: ReasonMessage): void {
  if (shown) return;
  shown = true;
  const { host, root } = createShadowHost('div', BANNER_CSS, BANNER_HOST_STYLE);
  const banner = document.createElement('div');
  banner.className = 'banner';
  banner.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = i18n.t('scam.banner.message', { warning: messageText(warning) });
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = i18n.t('scam.banner.dismiss');
  dismiss.addEventListener('click', byViewer(() => host.remove()));
  banner.append(text, dismiss);
  root.append(banner);
  (document.body ?? document.documentElement).append(host);
}

/** What the recharge-page check reads: cheap DOM queries and a bounded slice of text, no layout. */
export function readPageSignals() {
  return {
    url: location.href.slice(0, 4096),
    title: document.title.slice(0, 500),
    text: (document.body?.textContent ?? '').slice(0, 20_000),
    hasPasswordField: document.querySelector('input[type="password"]') !== null,
    hasPaymentField:
      document.querySelector('input[autocomplete^="cc-"], input[name*="card" i], input[id*="card" i]') !== null,
  };
}
