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

interface WalletLabelProps {
  /** The viewer's wallet extension, when one announced itself. */
  extension: string | null;
  /** The tray pays from it now. */
  fromExtension: boolean;
  onUseExtension: () => void;
  /** The gift server's feed is unreachable (the tray reconnects by itself). */
  offline?: boolean;
}

/** The balance, a low-balance flag, which wallet pays (or an offer of the viewer's extension wallet), offline, and TEST MODE. */
export function BalanceBar({
  i18n,
  balance,
  low,
  testMode,
  extension,
  fromExtension,
  onUseExtension,
  offline,
}: Pick<BalanceBarProps, 'i18n' | 'balance' | 'low' | 'testMode'> & WalletLabelProps) {
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
      {extension &&
        (fromExtension ? (
          <span class="wallet-source" part="wallet-source" data-testid="wallet-source">
            {t.payingFrom(extension)}
          </span>
        ) : (
          <button type="button" class="wallet-source" part="use-extension" onClick={onUseExtension}>
            {t.payWith(extension)}
          </button>
        ))}
      {offline && (
        <span class="offline" part="offline" role="status">
          {t.offline}
        </span>
      )}
      {testMode && (
        <span class="test-mode" part="test-mode" title={t.testModeHint}>
          {t.testMode}
        </span>
      )}
    </header>
  );
}

/**
 * The recharge shortcut: test coins in test mode; a live wallet runs its own checkout; while the viewer's
 * wallet extension pays (`inWallet`), it says it opens that wallet's recharge, which is what it does.
 */
export function RechargeButton({
  i18n,
  testMode,
  currency,
  low,
  onRecharge,
  inWallet,
}: Omit<BalanceBarProps, 'balance'> & { inWallet: string | null }) {
  const worth =
    currency === SHORTCUT_PACK.currency ? ` (${i18n.money(SHORTCUT_PACK.priceMinor, SHORTCUT_PACK.currency)})` : '';
  return (
    <button type="button" class={low ? 'recharge urgent' : 'recharge'} part="recharge" onClick={onRecharge}>
      {inWallet ? i18n.t.rechargeIn(inWallet) : `${testMode ? i18n.t.addTestCoins(i18n.number(SHORTCUT_PACK.coins)) : i18n.t.recharge}${worth}`}
    </button>
  );
}
