import { i18n } from '#i18n';
import type { LinkVerdict } from '@core';
import { splitAtMark, VALUE_MARK } from '../ui/split-at-mark';
import { messageText } from './reason-message-text';
import { byViewer, createShadowHost, hostStyle } from './shadow-host';

const DIALOG_CSS = `
  .backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.45);
    display: grid; place-items: center; font: 15px/1.45 system-ui, sans-serif; }
  .dialog { max-width: 28rem; margin: 1rem; padding: 1.25rem; border-radius: 12px; background: #fff; color: #1b1b1b;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.3); }
  h2 { margin: 0 0 0.5rem; font-size: 1.15rem; color: #b3261e; }
  .host { font-weight: 600; word-break: break-all; }
  ul { padding-inline-start: 1.2rem; }
  .actions { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 1rem; }
  button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 8px; border: 1px solid #888; background: #fff; cursor: pointer; }
  button.safe { background: #1b5e20; color: #fff; border-color: #1b5e20; }
`;
const DIALOG_HOST_STYLE = hostStyle({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', inset: '0', 'z-index': '2147483647' });

const element = (tag: string, className = '', text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/**
 * Asks before following a flagged link. Resolves true when the viewer chooses to open it anyway.
 * Escape or the backdrop count as "Go back": the safe choice is the easy one. Only trusted input counts,
 * so a page script cannot answer for the viewer.
 */
export function confirmFlaggedLink(host: string, link: LinkVerdict): Promise<boolean> {
  return new Promise((resolve) => {
    const { host: container, root } = createShadowHost('div', DIALOG_CSS, DIALOG_HOST_STYLE);
    const backdrop = element('div', 'backdrop');
    const dialog = element('div', 'dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    const title = element('h2', '', link.verdict === 'scam' ? i18n.t('scam.dialog.titleScam') : i18n.t('scam.dialog.titleSuspicious'));
    title.id = 'title';
    dialog.setAttribute('aria-labelledby', 'title');
    const where = element('p');
    const [beforeHost, afterHost] = splitAtMark(i18n.t('scam.dialog.goesTo', { host: VALUE_MARK }));
    where.append(beforeHost, element('span', 'host', host), afterHost);
    const reasons = element('ul');
    for (const reason of link.reasons) reasons.append(element('li', '', messageText(reason)));
    const actions = element('div', 'actions');
    const back = element('button', 'safe', i18n.t('scam.dialog.goBack'));
    const proceed = element('button', '', i18n.t('scam.dialog.openAnyway'));
    actions.append(proceed, back);
    dialog.append(title, where, reasons, actions);
    backdrop.append(dialog);
    root.append(backdrop);

    const close = (open: boolean) => {
      document.removeEventListener('keydown', onKey, true);
      container.remove();
      resolve(open);
    };
    const onKey = byViewer((event: KeyboardEvent) => {
      if (event.key === 'Escape') close(false);
    });
    back.addEventListener('click', byViewer(() => close(false)));
    proceed.addEventListener('click', byViewer(() => close(true)));
    backdrop.addEventListener('click', byViewer((event) => {
      if (event.target === backdrop) close(false);
    }));
    document.addEventListener('keydown', onKey, true);
    (document.body ?? document.documentElement).append(container);
    back.focus();
  });
}
