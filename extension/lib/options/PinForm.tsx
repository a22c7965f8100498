import { i18n } from '#i18n';
import { useSignal, type Signal } from '@preact/signals';

/** A PIN field (or two, to confirm a new PIN). Digits only, never echoed, never kept after submit. */
export function PinForm({
  label,
  submitLabel,
  confirm,
  onSubmit,
}: {
  label: string;
  submitLabel: string;
  confirm?: boolean;
  onSubmit: (pin: string) => Promise<void>;
}) {
  const pin = useSignal('');
  const again = useSignal('');
  const mismatch = useSignal(false);
  const busy = useSignal(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (confirm && pin.value !== again.value) return void (mismatch.value = true);
    mismatch.value = false;
    busy.value = true;
    try {
      await onSubmit(pin.value);
    } finally {
      busy.value = false;
      pin.value = '';
      again.value = '';
    }
  }

  return (
    <form onSubmit={submit} class="stack">
      <label class="field">
        <span>{label}</span>
        <PinInput value={pin} />
      </label>
      {confirm && (
        <label class="field">
          <span>{i18n.t('parents.confirmPin')}</span>
          <PinInput value={again} />
        </label>
      )}
      {mismatch.value && (
        <p role="alert" class="error">
          {i18n.t('parents.pinMismatch')}
        </p>
      )}
      <button type="submit" disabled={busy.value}>
        {submitLabel}
      </button>
    </form>
  );
}

/** A masked 4-to-8-digit PIN field bound to a signal. */
function PinInput({ value }: { value: Signal<string> }) {
  return (
    <input
      type="password"
      inputMode="numeric"
      autoComplete="off"
      pattern="\d{4,8}"
      required
      value={value.value}
      onInput={(event) => (value.value = event.currentTarget.value)}
    />
  );
}
