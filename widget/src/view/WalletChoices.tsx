import type { Translator } from '../i18n/locale';
import type { WalletChoice } from '../wallet/extension-wallet';

/** Several wallets announced themselves (a page can forge one): the viewer picks; none pays until then. */
export function WalletChoices({ i18n, choices, onChoose }: { i18n: Translator; choices: readonly WalletChoice[]; onChoose: (id: string) => void }) {
  const { t } = i18n;
  return (
    <div class="notice" part="wallet-choices" role="group" aria-label={t.severalWallets} data-testid="wallet-choices">
      <p>{t.severalWallets}</p>
      {choices.map((choice) => (
        <button type="button" key={choice.id} onClick={() => onChoose(choice.id)}>
          {t.useWallet(choice.name, choice.rdns)}
        </button>
      ))}
    </div>
  );
}
