import { bundledArtOf } from '../catalog/default-gift-art';
import { translator } from '../i18n/locale';
import { isLowBalance } from '../logic/balance-level';
import { QUANTITY_CHOICES, tapCost } from '../logic/quantity';
import type { TrayController } from '../tray-controller';
import { BalanceBar, RechargeButton } from './BalanceBar';
import { GiftButton } from './GiftButton';
import { GoalBar } from './GoalBar';
import { lazyView } from './lazy-view';
import { statusText } from './status-text';
import { TopGifters } from './TopGifters';
import { useTrayState } from './use-tray-state';

const ConfirmDialog = lazyView(() => import('./ConfirmDialog').then((module) => module.ConfirmDialog));
const WalletChoices = lazyView(() => import('./WalletChoices').then((module) => module.WalletChoices));

/** The whole tray. Every region keeps its size, so nothing on the host page or in the tray jumps. */
export function TrayView({ controller }: { controller: TrayController }) {
  const state = useTrayState(controller);
  const { config, catalog, balance, quantity, combo, limit } = state;
  const i18n = translator(config.locale);
  const { t } = i18n;
  const low = isLowBalance(balance, controller.gifts);
  const goal = state.streamGoal ?? config.goal;
  // After "not enough coins" the recharge is the way forward: it stands out as it does on a low balance.
  const short = state.note?.kind === 'failed' && state.note.refusal.code === 'insufficient-coins';
  return (
    <section class="tray" part="tray" aria-label={t.tray} lang={config.locale}>
      <BalanceBar
        i18n={i18n}
        balance={balance}
        low={low}
        testMode={state.testMode}
        extension={config.server ? null : state.extensionName}
        offline={state.offline}
        fromExtension={state.source === 'extension'}
        onUseExtension={() => void controller.useExtension()}
      />
      {state.walletChoices.length > 0 && (
        <WalletChoices i18n={i18n} choices={state.walletChoices} onChoose={(id) => void controller.chooseExtension(id)} />
      )}
      {goal && <GoalBar i18n={i18n} collected={state.collected} goal={goal} />}
      <div class="controls">
        <label class="quantity">
          {t.quantity}{' '}
          <select part="quantity" value={String(quantity)} onChange={(event) => controller.setQuantity(event.currentTarget.value)}>
            {QUANTITY_CHOICES.map((choice) => (
              <option key={choice} value={String(choice)}>
                ×{i18n.number(choice)}
              </option>
            ))}
          </select>
        </label>
        <RechargeButton
          i18n={i18n}
          low={low || short}
          testMode={state.testMode}
          currency={config.currency}
          inWallet={state.source === 'extension' ? state.extensionName : null}
          onRecharge={() => void controller.recharge()}
        />
      </div>
      <div class="gift-area">
        {limit && (
          <div class="limit" part="limit" role="alert" data-limit={limit.kind} data-approval={limit.answer ?? (limit.approvalId ? 'pending' : undefined)}>
            <span>{limit.answer ? t.approvalAnswer[limit.answer] : `${t.limit[limit.kind]} ${limit.approvalId ? t.approvalRequested : ''}`}</span>
            <button type="button" onClick={() => controller.dismissLimit()}>
              {t.dismiss}
            </button>
          </div>
        )}
        {state.catalogFailed && (
          <p class="notice" part="notice" role="alert">
            {t.catalogNotice}
          </p>
        )}
        {catalog === null ? (
          <p class="loading">{t.loadingGifts}</p>
        ) : (
          <ul class="gifts" part="gifts" aria-label={t.gifts}>
            {catalog.map((gift) => (
              <li key={gift.id}>
                <GiftButton
                  gift={gift}
                  i18n={i18n}
                  short={balance !== null && tapCost(gift.coins, quantity) > balance}
                  art={bundledArtOf(gift)}
                  onTap={(giftId) => controller.tap(giftId)}
                />
                {/* The combo counts up on the gift being tapped, as live apps show it. */}
                {combo && combo.taps > 1 && combo.giftId === gift.id && (
                  <span class="combo" part="combo" data-testid="combo" key={combo.taps}>
                    {t.combo(i18n.number(combo.taps))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="status-row">
        <p class="status" part="status" role="status" aria-live="polite" data-testid="tray-status">
          {statusText(state.note, i18n)}
        </p>
      </div>
      <TopGifters i18n={i18n} leaderboard={state.leaderboard} />
      {state.confirmation && <ConfirmDialog i18n={i18n} pending={state.confirmation} onAnswer={(confirmed) => controller.answer(confirmed)} />}
    </section>
  );
}
