import type { Translator } from '../i18n/locale';
import type { TrayNote } from '../tray-controller';

/** The status line's words for the last thing that happened. */
export function statusText(note: TrayNote | null, i18n: Translator): string {
  if (!note) return '';
  const { t } = i18n;
  switch (note.kind) {
    case 'sent':
      return t.sent(note.gift, i18n.number(note.count), i18n.coins(note.coins));
    case 'recharged':
      return t.recharged(i18n.coins(note.coins));
    case 'recharge-opened':
      return t.rechargeOpened(note.wallet);
    case 'failed':
      if (note.refusal.code === 'insufficient-coins') return t.insufficient;
      if (note.refusal.limit) return t.limit[note.refusal.limit];
      return note.refusal.message;
  }
}
