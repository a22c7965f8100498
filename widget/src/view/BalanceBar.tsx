import type { Translator } from '../i18n/locale';
import { SHORTCUT_PACK } from '../logic/test-recharge';

interface BalanceBarProps {
  i18n: Translator;
  balance: number | null;
  low: boolean;
  testMode: boolean;
  currency: string | null;
  onRecharge: () => void;
}

/** The balance, a low-balance flag and TEST MODE. */
export function BalanceBar({ i18n, balance, low, testMode }: Pick<BalanceBarProps, 'i18n' | 'balance' | 'low' | 'testMode'>) {
  const { t } = i18n;
  return (
    <header class={low ? 'bar low' : 'bar'} part="header">
      <p class="balance" part="balance">
        <span class="label">{t.balance}</span>{' '}
        <strong data-testid="tray-balance">{balance === null ? '…' : i18n.coins(balance)}</strong>
        {low && (
          <span class="low-flag" part="low-balance" data-testid="low-balance">
            {t.lowBalance}
          </span>
        )}
      </p>
      {testMode && (
        <span class="test-mode" part="test-mode" title={t.testModeHint}>
          {t.testMode}
        </span>
      )}
    </header>
  );
}

/** The recharge shortcut: test coins in test mode; a live wallet runs its own checkout. */
export function RechargeButton({ i18n, testMode, currency, low, onRecharge }: Omit<BalanceBarProps, 'balance'>) {
  const worth =
    currency === SHORTCUT_PACK.currency ? ` (${i18n.money(SHORTCUT_PACK.priceMinor, SHORTCUT_PACK.currency)})` : '';
  return (
    <button type="button" class={low ? 'recharge urgent' : 'recharge'} part="recharge" onClick={onRecharge}>
      {testMode ? i18n.t.addTestCoins(i18n.number(SHORTCUT_PACK.coins)) : i18n.t.recharge}
      {worth}
    </button>
  );
}
