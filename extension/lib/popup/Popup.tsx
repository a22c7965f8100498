import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Failure } from '@core/messages';
import type { RechargeView, WalletOverview } from '@core/messages';
import { activityText } from '../ui/activity-text';
import { BudgetMeter } from '../ui/BudgetMeter';
import { failureText } from '../ui/failure-text';
import { formatDateTime, formatNumber } from '../ui/format';
import { ScamWarningsSlot } from '../ui/ScamWarningsSlot';
import { LazyPart } from '../ui/LazyPart';
import { TestModeBadge } from '../ui/TestModeBadge';
import { ask } from '../ui/wallet-client';
import { ApprovedRecharges } from './ApprovedRecharges';
import { DeclinedRecharges } from './DeclinedRecharges';
import { RechargeFlow } from './RechargeFlow';
import { RechargeReceipt } from './Receipt';

const RECENT_COUNT = 5;
// Below the balance and loaded after it: the connected sites and this tab's scam warnings (with their rules).
const loadConnectedSites = () => import('../bridge/ConnectedSitesSection').then(({ ConnectedSitesSection }) => () => <ConnectedSitesSection />);
const loadScamWarnings = () => import('./ScamWarnings').then((part) => part.ScamWarnings);
const PENDING_REFRESH_MS = 2_000;

/**
 * The toolbar popup, ordered as wallet popups are: the balance and its Recharge action first, then what
 * needs a decision (approvals, pending payments), then activity, connected sites and this tab's scam warnings.
 */
export function Popup({ rechargeOpen = false }: { /** Starts with the recharge form open. */ rechargeOpen?: boolean } = {}) {
  const overview = useSignal<WalletOverview | null>(null);
  const failure = useSignal<Failure | null>(null);
  const recharging = useSignal(rechargeOpen);
  /** The last approved recharge completed from this popup: its receipt stays after it leaves the list. */
  const completed = useSignal<RechargeView | null>(null);
  /** The pending payment the open recharge form already shows. */
  const pendingInForm = useSignal<string | null>(null);

  async function load() {
    const reply = await ask('wallet/overview', { recentLimit: RECENT_COUNT });
    if (reply.ok) {
      overview.value = reply.value;
      failure.value = null;
    } else {
      failure.value = reply;
    }
  }

  useEffect(() => {
    void load();
  }, []);

  // While a payment is pending or a request waits for a parent, look again every few seconds: the background
  // settles a payment exactly once, and a parent's answer shows here without a reload (Ask to Buy).
  const waitingCount = (overview.value?.pendingRecharges.length ?? 0) + (overview.value?.pendingApprovals ?? 0);
  useEffect(() => {
    if (waitingCount === 0) return undefined;
    const timer = setInterval(() => void load(), PENDING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [waitingCount]);

  const view = overview.value;
  // The open recharge form says its own pending payment; the list names only the others, so no sentence shows twice.
  const pendingElsewhere = view?.pendingRecharges.filter((recharge) => recharge.id !== pendingInForm.value) ?? [];
  // Once a parent answered, the form's "a parent was asked" gives way to the answer below it.
  const answered = new Set([...(view?.approvedRecharges ?? []), ...(view?.declinedRecharges ?? [])].map(({ approvalId }) => approvalId));
  return (
    <main>
      <header class="row">
        <h1>{i18n.t('extName')}</h1>
        {view?.testMode && <TestModeBadge />}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" class="settings-link">
          {i18n.t('popup.settings')}
        </a>
      </header>
      {failure.value && (
        <p role="alert" class="error">
          {failureText(failure.value)}
        </p>
      )}
      <section aria-labelledby="balance-heading" class="balance-card">
        <h2 id="balance-heading" class="balance-label">
          {i18n.t('popup.balance')}
        </h2>
        <p class="balance" data-testid="balance" aria-live="polite">
          {view ? i18n.t('common.coins', view.balance, [formatNumber(view.balance)]) : i18n.t('common.loading')}
        </p>
        {recharging.value ? (
          <RechargeFlow onWalletChanged={() => void load()} onPendingShown={(id) => (pendingInForm.value = id)} answeredApprovals={answered} />
        ) : (
          <button type="button" class="primary" onClick={() => (recharging.value = true)}>
            {i18n.t('popup.recharge')}
          </button>
        )}
      </section>
      {view && view.pendingApprovals > 0 && <p class="note">{i18n.t('popup.approvalsWaiting', view.pendingApprovals)}</p>}
      {view && view.approvedRecharges.length > 0 && (
        <ApprovedRecharges
          approved={view.approvedRecharges}
          onCompleted={(recharge) => {
            completed.value = recharge;
            void load();
          }}
        />
      )}
      {view && view.declinedRecharges.length > 0 && <DeclinedRecharges declined={view.declinedRecharges} onDismissed={() => void load()} />}
      {completed.value?.state === 'settled' && <RechargeReceipt recharge={completed.value} />}
      {view && (
        <>
          {pendingElsewhere.length > 0 && (
            <section aria-labelledby="pending-heading">
              <h2 id="pending-heading">{i18n.t('popup.pendingHeading')}</h2>
              <ul data-testid="pending-recharges">
                {pendingElsewhere.map((recharge) => (
                  <li key={recharge.id}>{i18n.t('recharge.pending', recharge.coins, { coins: formatNumber(recharge.coins) })}</li>
                ))}
              </ul>
            </section>
          )}
          <BudgetMeter budget={view.budget} />
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">{i18n.t('popup.recentHeading')}</h2>
            {view.recent.length === 0 ? (
              <p>{i18n.t('popup.noActivity')}</p>
            ) : (
              <ul class="activity" data-testid="recent-activity">
                {view.recent.map((item) => (
                  <li key={item.id}>
                    <span>{activityText(item)}</span> <time dateTime={new Date(item.createdAt).toISOString()}>{formatDateTime(item.createdAt)}</time>
                  </li>
                ))}
              </ul>
            )}
            <a href={browser.runtime.getURL('/wallet-history.html')} target="_blank">
              {i18n.t('popup.fullHistory')}
            </a>
          </section>
          <section aria-labelledby="creators-heading">
            <h2 id="creators-heading">{i18n.t('popup.creatorsHeading')}</h2>
            {view.month.byCreator.length === 0 ? (
              <p>{i18n.t('popup.noCreators')}</p>
            ) : (
              <ul data-testid="creators-supported">
                {view.month.byCreator.map(({ creator, coins }) => (
                  <li key={creator}>{i18n.t('popup.creatorLine', coins, { creator, coins: formatNumber(coins) })}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <LazyPart load={loadConnectedSites} />
      <ScamWarningsSlot>
        <LazyPart load={loadScamWarnings} />
      </ScamWarningsSlot>
    </main>
  );
}
