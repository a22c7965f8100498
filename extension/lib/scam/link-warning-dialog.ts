import { i18n } from '#i18n';
import type { UrlClassification } from '../../../core';
import { splitAtMark, VALUE_MARK } from '../ui/split-at-mark';
import { reasonText } from './reason-text';
import { createShadowHost } from './shadow-host';

const DIALOG_CSS = `
  :host { all: initial; }
  .backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgb(0 0 0 / 0.45);
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

/**
 * Asks before following a flagged link. Resolves true when the viewer chooses to open it anyway.
 * Escape or the backdrop count as "Go back": the safe choice is the easy one.
 */
export function confirmFlaggedLink(host: string, classification: UrlClassification): Promise<boolean> {
  return new Promise((resolve) => {
    const { host: container, root } = createShadowHost('div', 'data-livegift-dialog', DIALOG_CSS);
    const backdrop = document.createElement('div');
    backdrop.className = 'backdrop';
    const dialog = document.createElement('div');
    dialog.className = 'dialog';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    const title = document.createElement('h2');
    title.id = 'title';
    title.textContent = classification.verdict === 'scam' ? i18n.t('scam.dialog.titleScam') : i18n.t('scam.dialog.titleSuspicious');
    dialog.setAttribute('aria-labelledby', 'title');
    const where = document.createElement('p');
    const [beforeHost, afterHost] = splitAtMark(i18n.t('scam.dialog.goesTo', { host: VALUE_MARK }));
    const hostName = document.createElement('span');
    hostName.className = 'host';
    hostName.textContent = host;
    where.append(beforeHost, hostName, afterHost);
    const reasons = document.createElement('ul');
    for (const reason of classification.reasons) {
      const item = document.createElement('li');
      item.textContent = reasonText(reason);
      reasons.append(item);
    }
    const actions = document.createElement('div');
    actions.className = 'actions';
    const back = document.createElement('button');
    back.className = 'safe';
    back.textContent = i18n.t('scam.dialog.goBack');
    const proceed = document.createElement('button');
    proceed.textContent = i18n.t('scam.dialog.openAnyway');
    actions.append(proceed, back);
    dialog.append(title, where, reasons, actions);
    backdrop.append(dialog);
    root.append(backdrop);

    const close = (open: boolean) => {
      document.removeEventListener('keydown', onKey, true);
      container.remove();
      resolve(open);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(false);
    };
    back.addEventListener('click', () => close(false));
    proceed.addEventListener('click', () => close(true));
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) close(false);
    });
    document.addEventListener('keydown', onKey, true);
    (document.body ?? document.documentElement).append(container);
    back.focus();
  });
}
