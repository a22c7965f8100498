import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ApprovalRequest } from '@core';
import type { Failure } from '@core/messages';
import type { ParentalControls, ParentalLimits, ParentalSession } from '@core/messages';
import { failureText } from '../ui/failure-text';
import { formatDateTime, formatNumber } from '../ui/format';
import { ask } from '../ui/wallet-client';
import { PinForm } from './PinForm';
import { isZeroLimit, zeroLimitMeaning, ZeroLimitConfirm, type ZeroLimitStops } from './ZeroLimitConfirm';

type CapName = Exclude<keyof ParentalLimits, 'rechargesLocked'>;
const CAPS: { name: CapName; label: () => string; stops: ZeroLimitStops }[] = [
  { name: 'dailyRechargeCoins', label: () => i18n.t('parents.dailyRecharge'), stops: 'recharges' },
  { name: 'monthlyRechargeCoins', label: () => i18n.t('parents.monthlyRecharge'), stops: 'recharges' },
  { name: 'dailyGiftCoins', label: () => i18n.t('parents.dailyGift'), stops: 'gifts' },
  { name: 'monthlyGiftCoins', label: () => i18n.t('parents.monthlyGift'), stops: 'gifts' },
  { name: 'largestGiftCoins', label: () => i18n.t('parents.largestGift'), stops: 'gifts' },
];

type CapTexts = Record<CapName, string>;

function capTexts(limits: ParentalLimits): CapTexts {
  const texts = {} as CapTexts;
  for (const { name } of CAPS) texts[name] = limits[name] === null ? '' : String(limits[name]);
  return texts;
}

/** Limits, approvals, and the PIN itself, once a parent has unlocked the section. */
export function ParentalControlsPanel({
  session,
  onClosed,
  onSession,
}: {
  session: ParentalSession;
  onClosed: () => void;
  onSession: (session: ParentalSession) => void;
}) {
  const controls = useSignal<ParentalControls | null>(null);
  const caps = useSignal<CapTexts | null>(null);
  const locked = useSignal(false);
  const notify = useSignal(true);
  const message = useSignal<{ failure: Failure } | { info: string } | null>(null);
  /** Caps newly set to 0, waiting for the parent to confirm what they block. */
  const confirmingZero = useSignal<ZeroLimitStops[] | null>(null);

  function show(value: ParentalControls) {
    controls.value = value;
    caps.value = capTexts(value.limits);
    locked.value = value.limits.rechargesLocked;
    notify.value = value.notifyOnLimit;
  }

  function fail(failure: Failure) {
    message.value = { failure };
    if (failure.code === 'parental-session-expired') onClosed();
  }

  useEffect(() => {
    void ask('parental/controls', { token: session.token }).then((reply) => (reply.ok ? show(reply.value) : fail(reply)));
  }, [session.token]);

  async function save(event: Event) {
    event.preventDefault();
    await store(false);
  }

  async function store(zeroConfirmed: boolean) {
    const limits = { rechargesLocked: locked.value } as ParentalLimits;
    const newZeros: ZeroLimitStops[] = [];
    for (const { name, stops } of CAPS) {
      const text = caps.value![name].trim();
      if (text !== '' && !/^\d{1,15}$/.test(text)) {
        return void (message.value = { failure: { ok: false, code: 'invalid-request', message: i18n.t('parents.capInvalid') } });
      }
      limits[name] = text === '' ? null : Number(text);
      if (limits[name] === 0 && controls.value?.limits[name] !== 0) newZeros.push(stops);
    }
    if (newZeros.length > 0 && !zeroConfirmed) return void (confirmingZero.value = newZeros);
    confirmingZero.value = null;
    const reply = await ask('parental/update-controls', { token: session.token, limits, notifyOnLimit: notify.value });
    if (!reply.ok) return fail(reply);
    show(reply.value);
    message.value = { info: i18n.t('common.saved') };
  }

  async function answer(approval: ApprovalRequest, verdict: 'approve' | 'decline') {
    const reply = await ask('parental/answer-approval', { token: session.token, approvalId: approval.id, answer: verdict });
    if (!reply.ok) return fail(reply);
    show(reply.value);
    message.value = { info: verdict === 'approve' ? i18n.t('parents.approved') : i18n.t('parents.declined') };
  }

  async function lock() {
    await ask('parental/lock', { token: session.token });
    onClosed();
  }

  const loaded = controls.value;
  if (!loaded || !caps.value) {
    return message.value && 'failure' in message.value ? <p role="alert" class="error">{failureText(message.value.failure)}</p> : null;
  }
  const pending = loaded.approvals.filter((approval) => approval.state === 'pending');
  return (
    <div class="stack" data-testid="parental-controls">
      <form onSubmit={save} class="stack" aria-labelledby="limits-heading">
        <h3 id="limits-heading">{i18n.t('parents.limitsHeading')}</h3>
        <p class="hint">{i18n.t('parents.capHint')}</p>
        {CAPS.map(({ name, label, stops }) => (
          <div class="field" key={name}>
            <label class="field">
              <span>{label()}</span>
              <input
                type="text"
                inputMode="numeric"
                value={caps.value![name]}
                onInput={(event) => (caps.value = { ...caps.value!, [name]: event.currentTarget.value })}
                aria-describedby={`${name}-zero`}
              />
            </label>
            <span id={`${name}-zero`} class="hint" data-testid="zero-limit-hint">
              {isZeroLimit(caps.value![name]) ? zeroLimitMeaning(stops) : ''}
            </span>
          </div>
        ))}
        <label class="check">
          <input type="checkbox" checked={locked.value} onChange={(event) => (locked.value = event.currentTarget.checked)} />
          <span>{i18n.t('parents.rechargesLocked')}</span>
        </label>
        <label class="check">
          <input type="checkbox" checked={notify.value} onChange={(event) => (notify.value = event.currentTarget.checked)} />
          <span>{i18n.t('parents.notify')}</span>
        </label>
        {confirmingZero.value ? (
          <ZeroLimitConfirm stops={confirmingZero.value} onConfirm={() => void store(true)} onCancel={() => (confirmingZero.value = null)} />
        ) : (
          <button type="submit">{i18n.t('parents.saveLimits')}</button>
        )}
      </form>
      {message.value && 'info' in message.value && <p role="status">{message.value.info}</p>}
      {message.value && 'failure' in message.value && (
        <p role="alert" class="error">
          {failureText(message.value.failure)}
        </p>
      )}
      <section aria-labelledby="approvals-heading">
        <h3 id="approvals-heading">{i18n.t('parents.approvalsHeading')}</h3>
        {pending.length === 0 ? (
          <p>{i18n.t('parents.noApprovals')}</p>
        ) : (
          <ul class="approvals" data-testid="approval-requests">
            {pending.map((approval) => (
              <li key={approval.id}>
                <p>
                  {i18n.t('parents.approvalLine', approval.action.coins, {
                    subject: approval.subject,
                    coins: formatNumber(approval.action.coins),
                    when: formatDateTime(approval.requestedAt),
                  })}
                </p>
                {approval.request?.kind === 'gift' && (
                  // Exactly what the approval pays for (and nothing else); creator and stream are a site's words.
                  <dl class="approval-exact" data-testid="approval-exact">
                    <dt>{i18n.t('parents.approvalGift')}</dt>
                    <dd>
                      <bdi>{approval.request.giftName}</bdi> ×{formatNumber(approval.request.count)}
                    </dd>
                    <dt>{i18n.t('parents.approvalCreator')}</dt>
                    <dd>
                      <bdi>{approval.request.creator}</bdi>
                    </dd>
                    <dt>{i18n.t('parents.approvalStream')}</dt>
                    <dd>
                      <bdi>{approval.request.stream}</bdi>
                    </dd>
                  </dl>
                )}
                <div class="row">
                  <button type="button" onClick={() => void answer(approval, 'approve')} aria-label={i18n.t('parents.approveLabel', { subject: approval.subject })}>
                    {i18n.t('parents.approve')}
                  </button>
                  <button type="button" onClick={() => void answer(approval, 'decline')} aria-label={i18n.t('parents.declineLabel', { subject: approval.subject })}>
                    {i18n.t('parents.decline')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="change-pin-heading">
        <h3 id="change-pin-heading">{i18n.t('parents.changePinHeading')}</h3>
        <ChangePin onChanged={onSession} onFailure={fail} />
      </section>
      <section aria-labelledby="reset-heading">
        <h3 id="reset-heading">{i18n.t('parents.resetHeading')}</h3>
        <p class="hint">{i18n.t('parents.resetHint')}</p>
        <PinForm
          label={i18n.t('parents.currentPin')}
          submitLabel={i18n.t('parents.reset')}
          onSubmit={async (pin) => {
            const reply = await ask('parental/reset', { currentPin: pin });
            if (reply.ok) onClosed();
            else fail(reply);
          }}
        />
      </section>
      <button type="button" onClick={() => void lock()}>
        {i18n.t('parents.lock')}
      </button>
    </div>
  );
}

function ChangePin({ onChanged, onFailure }: { onChanged: (session: ParentalSession) => void; onFailure: (failure: Failure) => void }) {
  const current = useSignal('');
  const changed = useSignal(false);
  return (
    <div class="stack">
      <label class="field">
        <span>{i18n.t('parents.currentPin')}</span>
        <input type="password" inputMode="numeric" autoComplete="off" value={current.value} onInput={(event) => (current.value = event.currentTarget.value)} />
      </label>
      <PinForm
        label={i18n.t('parents.newPin')}
        submitLabel={i18n.t('parents.changePin')}
        confirm
        onSubmit={async (pin) => {
          const reply = await ask('parental/change-pin', { currentPin: current.value, newPin: pin });
          current.value = '';
          if (reply.ok) {
            changed.value = true;
            onChanged(reply.value);
          } else {
            onFailure(reply);
          }
        }}
      />
      {changed.value && <p role="status">{i18n.t('parents.pinChanged')}</p>}
    </div>
  );
}
