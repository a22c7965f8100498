import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Failure } from '@core/messages';
import { failureReasonSchema, testOutcomeSchema, type RechargeOptions, type RechargeView, type TestOutcome } from '@core/messages';
import { failureText } from '../ui/failure-text';
import { formatMoney, formatNumber } from '../ui/format';
import { taxLabelText } from '../ui/tax-label-text';
import { TestModeBadge } from '../ui/TestModeBadge';
import { ask, newIdempotencyKey } from '../ui/wallet-client';
import { RechargeReceipt } from './Receipt';
import { testOutcomeText } from './test-outcome-text';
import { TroubleshootingSteps } from './TroubleshootingSteps';

type Outcome = { kind: 'idle' } | { kind: 'working' } | { kind: 'recharge'; recharge: RechargeView } | { kind: 'refused'; failure: Failure };

const KEEP_KEY_AFTER = new Set(['internal', 'over-parental-limit', 'recharges-locked']);

/** How often an open popup asks again about a pending payment. */
const PENDING_POLL_MS = 1_000;

/** Choose a pack and a payment method, see the price in full, confirm, and see what happened. */
export function RechargeFlow({
  onWalletChanged,
  onPendingShown,
  answeredApprovals,
}: {
  onWalletChanged: () => void;
  /** Told which pending payment this form shows, so the popup does not say it a second time. */
  onPendingShown?: (rechargeId: string | null) => void;
  /** Approval requests a parent has answered: the popup shows the answer, so the form stops saying "asked". */
  answeredApprovals?: ReadonlySet<string>;
}) {
  const options = useSignal<RechargeOptions | null>(null);
  const loadFailure = useSignal<Failure | null>(null);
  const packId = useSignal<string | null>(null);
  const method = useSignal<string | null>(null);
  const instrument = useSignal<TestOutcome>('succeeds');
  const outcome = useSignal<Outcome>({ kind: 'idle' });
  // Chosen once per attempt and kept until the attempt has a definite answer, so a retry after a lost
  // reply (a stopped service worker, a closed channel) can never buy twice.
  const attemptKey = useRef<string | null>(null);

  useEffect(() => {
    void ask('recharge/options', {}).then((reply) => {
      if (!reply.ok) return void (loadFailure.value = reply);
      options.value = reply.value;
      packId.value = reply.value.packs[0]?.packId ?? null;
      method.value = reply.value.paymentMethods[0]?.id ?? null;
    });
  }, []);

  const current = outcome.value;
  const pendingId = current.kind === 'recharge' && current.recharge.state === 'pending' ? current.recharge.id : null;
  useEffect(() => {
    onPendingShown?.(pendingId);
    return () => onPendingShown?.(null);
  }, [pendingId]);
  useEffect(() => {
    if (!pendingId) return undefined;
    const timer = setTimeout(() => void refresh(pendingId), PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [pendingId, current]);

  function choose(update: () => void) {
    update();
    attemptKey.current = null;
    if (outcome.value.kind !== 'working') outcome.value = { kind: 'idle' };
  }

  function settle(reply: Awaited<ReturnType<typeof ask<'recharge/start'>>>) {
    if (reply.ok) {
      outcome.value = { kind: 'recharge', recharge: reply.value };
      if (reply.value.state !== 'pending') attemptKey.current = null;
      onWalletChanged();
    } else {
      outcome.value = { kind: 'refused', failure: reply };
      // A lost reply may be retried with the same key; so may a parental block, which a parent can approve.
      if (!KEEP_KEY_AFTER.has(reply.code)) attemptKey.current = null;
      // A block raised a request to a parent: the popup now waits for the answer.
      if (reply.approvalId) onWalletChanged();
    }
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (!packId.value || !method.value) return;
    attemptKey.current ??= newIdempotencyKey('recharge');
    outcome.value = { kind: 'working' };
    settle(
      await ask('recharge/start', {
        packId: packId.value,
        method: method.value,
        instrument: instrument.value,
        idempotencyKey: attemptKey.current,
      }),
    );
  }

  async function refresh(rechargeId: string) {
    settle(await ask('recharge/refresh', { rechargeId }));
  }

  if (loadFailure.value) return <p role="alert" class="error">{failureText(loadFailure.value)}</p>;
  const loaded = options.value;
  if (!loaded) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const pack = loaded.packs.find((candidate) => candidate.packId === packId.value);
  const money = (minor: number) => formatMoney(minor, loaded.currency);

  // A finished purchase closes the form into its receipt; buying again starts a fresh attempt.
  if (current.kind === 'recharge' && current.recharge.state === 'settled') {
    return (
      <div class="recharge">
        <RechargeReceipt recharge={current.recharge} />
        <button type="button" onClick={() => (outcome.value = { kind: 'idle' })}>
          {i18n.t('popup.recharge')}
        </button>
      </div>
    );
  }

  return (
    <form class="recharge" onSubmit={confirm} aria-labelledby="recharge-heading">
      <div class="row">
        <h2 id="recharge-heading">{i18n.t('recharge.heading')}</h2>
        {loaded.testMode && <TestModeBadge />}
      </div>
      <fieldset>
        <legend>{i18n.t('recharge.choosePack')}</legend>
        <div class="packs">
          {loaded.packs.map((candidate) => (
            <label key={candidate.packId} class="pack">
              <input
                type="radio"
                name="pack"
                value={candidate.packId}
                checked={candidate.packId === packId.value}
                onChange={() => choose(() => (packId.value = candidate.packId))}
              />
              <span>{i18n.t('recharge.packLabel', candidate.coins, { coins: formatNumber(candidate.coins), price: money(candidate.totalMinor) })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="field">
        <span>{i18n.t('recharge.paymentMethod')}</span>
        <select value={method.value ?? ''} onChange={(event) => choose(() => (method.value = event.currentTarget.value))}>
          {loaded.paymentMethods.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      {loaded.testMode && (
        <label class="field">
          <span>{i18n.t('recharge.testInstrument')}</span>
          <select
            value={instrument.value}
            onChange={(event) => choose(() => (instrument.value = testOutcomeSchema.parse(event.currentTarget.value)))}
          >
            {loaded.instruments.map((candidate) => (
              <option key={candidate.outcome} value={candidate.outcome}>
                {i18n.t('recharge.testInstrumentOption', {
                  outcome: testOutcomeText(candidate.outcome),
                  token: method.value === 'card' ? candidate.cardToken : candidate.accountToken,
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      {pack && (
        <dl class="price" data-testid="price-summary">
          <dt>{i18n.t('recharge.subtotal')}</dt>
          <dd>{money(pack.subtotalMinor)}</dd>
          <dt>{taxLabelText(pack)}</dt>
          <dd>{money(pack.taxMinor)}</dd>
          <dt>{i18n.t('recharge.total')}</dt>
          <dd data-testid="price-total">
            <strong>{money(pack.totalMinor)}</strong>
          </dd>
        </dl>
      )}
      <p class="comparison" data-testid="channel-comparison">
        {i18n.t('recharge.comparison', {
          web: money(loaded.comparison.webPer100CoinsMinor),
          store: money(loaded.comparison.appStorePer100CoinsMinor),
          fee: formatNumber(loaded.comparison.appStoreFeePercent),
        })}
      </p>
      <button type="submit" class="primary" disabled={!pack || current.kind === 'working' || pendingId !== null}>
        {pack ? i18n.t('recharge.confirm', { price: money(pack.totalMinor) }) : i18n.t('recharge.choosePack')}
      </button>
      <RechargeOutcome
        outcome={current.kind === 'refused' && answeredApprovals?.has(current.failure.approvalId ?? '') ? { kind: 'idle' } : current}
        onCheckAgain={(id) => void refresh(id)}
      />
    </form>
  );
}

function RechargeOutcome({ outcome, onCheckAgain }: { outcome: Outcome; onCheckAgain: (rechargeId: string) => void }) {
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'working') return <p role="status">{i18n.t('recharge.working')}</p>;
  if (outcome.kind === 'refused') {
    const reason = failureReasonSchema.safeParse(outcome.failure.paymentFailure);
    if (outcome.failure.code === 'payment-failed' && reason.success) return <TroubleshootingSteps reason={reason.data} />;
    return (
      <p role="alert" class="error" data-testid="recharge-refused" data-code={outcome.failure.code}>
        {failureText(outcome.failure)}
      </p>
    );
  }
  const { recharge } = outcome;
  // A settled recharge is shown by the flow itself, as the receipt the form closes into.
  if (recharge.state === 'settled') return null;
  if (recharge.state === 'failed') return <TroubleshootingSteps reason={recharge.failureReason ?? 'declined'} />;
  return (
    <div role="status" data-testid="recharge-pending">
      <progress class="pending-progress" aria-label={i18n.t('recharge.pendingProgress')} />
      <p>{i18n.t('recharge.pending', recharge.coins, { coins: formatNumber(recharge.coins) })}</p>
      <button type="button" onClick={() => onCheckAgain(recharge.id)}>
        {i18n.t('recharge.checkAgain')}
      </button>
    </div>
  );
}
