import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Failure } from '@core/messages';
import type { ParentalStatus } from '@core/messages';
import { failureText } from '../ui/failure-text';
import { formatTimeUntil } from '../ui/format';
import { ask } from '../ui/wallet-client';
import { ParentalControlsPanel } from './ParentalControlsPanel';
import { parentalSession } from './parental-session';
import { PinForm } from './PinForm';

/** The parents' section: closed behind the PIN until a parent unlocks it. */
export function ParentsSection() {
  const status = useSignal<ParentalStatus | null>(null);
  const session = parentalSession;
  const failure = useSignal<Failure | null>(null);

  async function refresh() {
    const reply = await ask('parental/status', {});
    if (reply.ok) status.value = reply.value;
    else failure.value = reply;
  }

  useEffect(() => {
    void refresh();
  }, []);

  async function attempt(reply: Awaited<ReturnType<typeof ask<'parental/unlock'>>>) {
    if (reply.ok) {
      session.value = reply.value;
      failure.value = null;
    } else {
      failure.value = reply;
    }
    await refresh();
  }

  function closed() {
    session.value = null;
    void refresh();
  }

  const current = status.value;
  return (
    <section aria-labelledby="parents-heading" class="parents">
      <h2 id="parents-heading">{i18n.t('parents.heading')}</h2>
      <p class="hint">{i18n.t('parents.hint')}</p>
      {session.value ? (
        <ParentalControlsPanel session={session.value} onClosed={closed} onSession={(next) => (session.value = next)} />
      ) : current === null ? null : !current.pinSet ? (
        <PinForm
          label={i18n.t('parents.newPin')}
          submitLabel={i18n.t('parents.setPin')}
          confirm
          onSubmit={async (pin) => attempt(await ask('parental/set-pin', { pin }))}
        />
      ) : current.lock.locked ? (
        <p role="alert" class="error" data-testid="pin-locked">
          {i18n.t('errors.pinLocked', { when: formatTimeUntil(current.lock.remainingMs) })}
        </p>
      ) : (
        <PinForm
          label={i18n.t('parents.pin')}
          submitLabel={i18n.t('parents.unlock')}
          onSubmit={async (pin) => attempt(await ask('parental/unlock', { pin }))}
        />
      )}
      {failure.value && !(failure.value.code === 'pin-locked' && current?.lock.locked) && (
        <p role="alert" class="error" data-testid="parents-error">
          {failureText(failure.value)}
        </p>
      )}
    </section>
  );
}
